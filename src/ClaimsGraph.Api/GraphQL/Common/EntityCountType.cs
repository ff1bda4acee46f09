using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>An entity with a count: quotes by or about it, or articles shared with another entity.</summary>
public sealed class EntityCountType : ObjectGraphType<EntityCount>
{
    public EntityCountType()
    {
        Name = "EntityCount";
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.ValueOrLoad(c.Source.EntityId));
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
