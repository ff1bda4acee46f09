using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>The lookup-by-id and list-by-name pair every entity type has (person/people, state/states …).</summary>
public static class EntityListField
{
    public static void AddEntityQueries<TNodeType, TEntity>(this ObjectGraphType query, EntityType type, string single, string plural)
        where TNodeType : IGraphType
        where TEntity : Entity
    {
        var prefix = type.ToString().ToLowerInvariant();
        query.Field<TNodeType>(single)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Entities.Load(c.GetId("id", prefix)).Then(e => e as TEntity).RequireFound(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ConnectionType<TNodeType, Entity>>>(plural)
            .Description($"{char.ToUpperInvariant(plural[0])}{plural[1..]} by name; 'name' matches part of the name or an alias, ignoring case and accents.")
            .Argument<StringGraphType>("name")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string?>("name");
                var store = c.Store();
                return await c.ToConnectionAsync(page => store.ListEntitiesAsync(type, name, page, c.CancellationToken));
            });
    }

    /// <summary>Widens a page of a subtype so every list of one node type shares one connection type.</summary>
    public static Page<Entity> AsEntities<T>(this Page<T> page) where T : Entity => new(page.Items, page.TotalCount, page.Offset);
}
