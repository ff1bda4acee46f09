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
    // Each loader is made when a resolver first asks for it: a request walks two or three edges, not all nine.

    public BatchLoader<string, Entity> Entities => entities ?? Once(ref entities, store.GetEntitiesAsync);

    public BatchLoader<string, Article> Articles => articles ?? Once(ref articles, store.GetArticlesAsync);

    public BatchLoader<string, Quote> Quotes => quotes ?? Once(ref quotes, store.GetQuotesAsync);

    public BatchLoader<string, IReadOnlyList<QuoteReport>> QuoteReports => quoteReports ?? Once(ref quoteReports, store.GetQuoteReportsAsync);

    public BatchLoader<string, IReadOnlyList<QuoteTarget>> QuoteTargets => quoteTargets ?? Once(ref quoteTargets, store.GetQuoteTargetsAsync);

    public BatchLoader<string, IReadOnlyList<Affiliation>> Affiliations => affiliations ?? Once(ref affiliations, store.GetAffiliationsAsync);

    public BatchLoader<string, IReadOnlyList<EventParticipant>> EventParticipants =>
        eventParticipants ?? Once(ref eventParticipants, store.GetEventParticipantsAsync);

    public BatchLoader<string, IReadOnlyList<string>> EventArticleIds => eventArticleIds ?? Once(ref eventArticleIds, store.GetEventArticleIdsAsync);

    public BatchLoader<string, IReadOnlyList<Mention>> Mentions => mentions ?? Once(ref mentions, store.GetMentionsAsync);

    private BatchLoader<string, Entity>? entities;
    private BatchLoader<string, Article>? articles;
    private BatchLoader<string, Quote>? quotes;
    private BatchLoader<string, IReadOnlyList<QuoteReport>>? quoteReports;
    private BatchLoader<string, IReadOnlyList<QuoteTarget>>? quoteTargets;
    private BatchLoader<string, IReadOnlyList<Affiliation>>? affiliations;
    private BatchLoader<string, IReadOnlyList<EventParticipant>>? eventParticipants;
    private BatchLoader<string, IReadOnlyList<string>>? eventArticleIds;
    private BatchLoader<string, IReadOnlyList<Mention>>? mentions;

    /// <summary>The slot's loader, made now if none is; resolvers on parallel threads all get the one that won.</summary>
    private static BatchLoader<string, TValue> Once<TValue>(
        ref BatchLoader<string, TValue>? slot, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> fetch) =>
        Interlocked.CompareExchange(ref slot, new BatchLoader<string, TValue>(fetch), null) ?? slot!;

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
    /// <summary>The request's loaders; every execution starts in GraphQLRequestExecutor, which sets the user context.</summary>
    public static ClaimsGraphLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext is RequestUserContext request
            ? request.Loaders
            : throw new InvalidOperationException("GraphQL executions must be started by GraphQLRequestExecutor (no RequestUserContext).");

    public static IClaimsStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IClaimsStore>();
}
