using ClaimsGraph.Domain.Store;
using GraphQL;

namespace ClaimsGraph.Api.GraphQL.Common;

public static class EntityCountPrefetch
{
    /// <summary>
    /// Returns the counts after loading their entities in one store call when the selection asks for
    /// <c>entity</c>, so each item's entity field completes at once.
    /// </summary>
    public static async Task<IReadOnlyList<EntityCount>> WithEntities(this IResolveFieldContext context, IReadOnlyList<EntityCount> counts)
    {
        if (counts.Count > 0 && !SelectionLookahead.IsInsideList(context) && SelectionLookahead.Selects(context, "entity"))
            await context.Loaders().Entities.PrimeAsync(counts.Select(c => c.EntityId), context.CancellationToken);
        return counts;
    }
}
