using ClaimsGraph.Domain.Store;
using GraphQL;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// For fields returning a list whose items point at entities (ranked speakers, counts): when the selection asks
/// for the entity field, the entities are loaded with the list in one store call, so each item's entity field
/// completes at once. Not under an enclosing list, where the loaders batch across all items instead.
/// </summary>
public static class EntityPrefetch
{
    public static async Task PrimeEntitiesAsync(this IResolveFieldContext context, string entityField, IEnumerable<string> entityIds)
    {
        if (!SelectionLookahead.IsInsideList(context) && SelectionLookahead.Selects(context, entityField))
            await context.Loaders().Entities.PrimeAsync(entityIds, context.CancellationToken);
    }

    /// <summary>The counts, with their entities loaded when <c>entity</c> is selected.</summary>
    public static async Task<IReadOnlyList<EntityCount>> WithEntities(this IResolveFieldContext context, IReadOnlyList<EntityCount> counts)
    {
        await context.PrimeEntitiesAsync("entity", counts.Select(c => c.EntityId));
        return counts;
    }
}
