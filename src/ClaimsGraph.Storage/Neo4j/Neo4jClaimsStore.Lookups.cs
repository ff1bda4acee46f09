using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>Batched lookups: one statement for N ids (the GraphQL layer's batch loaders call these).</summary>
public sealed partial class Neo4jClaimsStore
{
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        NodesAsync(ReadStatements.EntitiesById, ids, Neo4jProperties.ToEntity, cancellationToken);

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        NodesAsync(ReadStatements.ArticlesById, ids, Neo4jProperties.ToArticle, cancellationToken);

    public Task<IReadOnlyDictionary<string, Quote>> GetQuotesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        NodesAsync(ReadStatements.QuotesById, ids, Neo4jProperties.ToQuote, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteReport>>> GetQuoteReportsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.QuoteReports, quoteIds, "quoteId", r =>
        {
            var span = r.Map("span");
            return new QuoteReport(r.String("quoteId"), r.String("articleId"),
                new TextSpan(Int(span, "spanStart"), Int(span, "spanEnd")),
                OptionalSpan(span, "cueStart", "cueEnd"),
                OptionalSpan(span, "speakerStart", "speakerEnd"))
            { Pieces = FlatSpans(Neo4jValue.AsList(span.Get("pieces"))) };
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteTarget>>> GetQuoteTargetsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.QuoteTargets, quoteIds, "quoteId",
            r => new QuoteTarget(r.String("quoteId"), r.String("entityId"), r.Double("weight")), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> GetAffiliationsAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.Affiliations, personIds, "personId",
            r => new Affiliation(r.String("personId"), r.String("targetId"), r.NullableString("role") ?? ""), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventParticipant>>> GetEventParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.EventParticipants, eventIds, "eventId",
            r => new EventParticipant(r.String("eventId"), r.String("entityId"), r.NullableString("role") ?? ""), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.Mentions, articleIds, "articleId", r =>
        {
            return new Mention(r.String("articleId"), r.String("entityId"), r.Int("count"), FlatSpans(r.List("spans")));
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetEventArticleIdsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default) =>
        GroupedAsync(ReadStatements.EventArticles, eventIds, "eventId", r => r.String("articleId"), cancellationToken);

    private async Task<IReadOnlyDictionary<string, T>> NodesAsync<T>(
        CypherStatement statement, IReadOnlyCollection<string> ids, Func<IReadOnlyDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return new Dictionary<string, T>();
        return await ReadAsync(async () =>
        {
            var result = await RunAsync(statement, P(("ids", ids.Distinct().ToList())), cancellationToken).ConfigureAwait(false);
            return (IReadOnlyDictionary<string, T>)result.Records
                .Select(r => r.Map("node"))
                .ToDictionary(n => Neo4jValue.AsString(n.Get("id"))!, map, StringComparer.Ordinal);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rows grouped by <paramref name="keyField"/> in the statement's order; every asked id is a key.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> GroupedAsync<T>(
        CypherStatement statement, IReadOnlyCollection<string> ids, string keyField, Func<Neo4jRecord, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var grouped = ids.Distinct().ToDictionary(id => id, _ => new List<T>(), StringComparer.Ordinal);
        if (grouped.Count > 0)
        {
            var result = await ReadAsync(() => RunAsync(statement, P(("ids", grouped.Keys.ToList())), cancellationToken), cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                if (grouped.TryGetValue(record.String(keyField), out var list)) list.Add(map(record));
            }
        }
        return grouped.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>Spans stored as the flat int list [s1, e1, s2, e2, …] (mention spans, a report's pieces); absent reads as none.</summary>
    private static List<TextSpan> FlatSpans(IReadOnlyList<object?> values)
    {
        var flat = values.Select(v => Neo4jValue.AsInt(v!)).ToList();
        return Enumerable.Range(0, flat.Count / 2).Select(i => new TextSpan(flat[2 * i], flat[2 * i + 1])).ToList();
    }

    private static int Int(IReadOnlyDictionary<string, object?> map, string key) =>
        map.Get(key) is { } value ? Neo4jValue.AsInt(value) : 0;

    private static TextSpan? OptionalSpan(IReadOnlyDictionary<string, object?> map, string start, string end) =>
        map.Get(start) is { } s && map.Get(end) is { } e ? new TextSpan(Neo4jValue.AsInt(s), Neo4jValue.AsInt(e)) : null;
}
