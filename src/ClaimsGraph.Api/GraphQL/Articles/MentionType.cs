using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

public sealed class MentionType : ObjectGraphType<Mention>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "An entity an article mentions, and how often.";
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.EntityId));
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
