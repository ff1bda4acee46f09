using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>The fields and interfaces every entity type shares (Node + Entity).</summary>
public static class EntityFields
{
    public static void AddEntityFields<T>(this ObjectGraphType<T> type, string description) where T : Entity
    {
        type.Description = description;
        type.Interface<NodeInterface>();
        type.Interface<EntityInterface>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the articles use for it.").Resolve(c => c.Source.Aliases);
    }
}
