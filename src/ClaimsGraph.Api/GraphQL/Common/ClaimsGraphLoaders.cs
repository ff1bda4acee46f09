using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// One batch loader per edge the schema walks, on the store's batch methods. Scoped: a request's loads
/// batch and cache together; another request starts fresh.
/// </summary>
public sealed class ClaimsGraphLoaders(IClaimsStore store)
{
    public BatchLoader<string, Entity> Entities { get; } = new(store.GetEntitiesAsync);

    public BatchLoader<string, Article> Articles { get; } = new(store.GetArticlesAsync);

    public BatchLoader<string, Quote> Quotes { get; } = new(store.GetQuotesAsync);

    public BatchLoader<string, IReadOnlyList<QuoteReport>> QuoteReports { get; } = new(store.GetQuoteReportsAsync);

    public BatchLoader<string, IReadOnlyList<QuoteTarget>> QuoteTargets { get; } = new(store.GetQuoteTargetsAsync);

    public BatchLoader<string, IReadOnlyList<Affiliation>> Affiliations { get; } = new(store.GetAffiliationsAsync);

    public BatchLoader<string, IReadOnlyList<EventParticipant>> EventParticipants { get; } = new(store.GetEventParticipantsAsync);

    public BatchLoader<string, IReadOnlyList<string>> EventArticleIds { get; } = new(store.GetEventArticleIdsAsync);

    public BatchLoader<string, IReadOnlyList<Mention>> Mentions { get; } = new(store.GetMentionsAsync);

    /// <summary>Any node by id: the id's prefix says which loader holds it. Unknown prefixes load nothing.</summary>
    public IDataLoaderResult<object?> Node(string id) => NodeIds.TypeOf(id) switch
    {
        "article" => Articles.Load(id).Then(a => (object?)a),
        "quote" => Quotes.Load(id).Then(q => (object?)q),
        "person" or "state" or "organization" or "event" => Entities.Load(id).Then(e => (object?)e),
        _ => DataLoaderResults.FromValue<object?>(null),
    };
}

public static class ClaimsGraphLoadersContextExtensions
{
    public static ClaimsGraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ClaimsGraphLoaders>();

    public static IClaimsStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IClaimsStore>();
}
