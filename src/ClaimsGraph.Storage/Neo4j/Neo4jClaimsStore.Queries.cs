using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>Paged lists, relationship questions and dashboards.</summary>
public sealed partial class Neo4jClaimsStore
{
    public Task<Page<Article>> ListArticlesAsync(string? titleContains, PageRequest page, CancellationToken cancellationToken = default) =>
        PagedAsync(ReadStatements.ListArticles, P(("titleKey", SearchKeys.Needle(titleContains))), page, Neo4jProperties.ToArticle, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityType type, string? nameContains, PageRequest page, CancellationToken cancellationToken = default) =>
        PagedAsync(ReadStatements.ListEntities(type), P(("nameKey", SearchKeys.Needle(nameContains))), page, Neo4jProperties.ToEntity, cancellationToken);

    public Task<Page<Quote>> FindQuotesAsync(QuoteFilter filter, IReadOnlyList<QuoteOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(order);
        var textQuery = SearchKeys.FullTextQuery(filter.Text);
        if (filter.Text is not null && textQuery is null)
        {
            CheckPage(page);
            return Task.FromResult(Page<Quote>.Empty(page.Offset)); // no word to match: nothing matches
        }
        var parameters = P(
            ("speakerId", filter.SpeakerId), ("aboutId", filter.AboutId), ("articleId", filter.ArticleId),
            ("kind", filter.Kind?.ToString()), ("source", string.IsNullOrWhiteSpace(filter.Source) ? null : filter.Source.Trim()),
            ("publishedAfter", filter.PublishedAfter?.ToUniversalTime()), ("publishedBefore", filter.PublishedBefore?.ToUniversalTime()),
            ("minConfidence", filter.MinConfidence));
        if (textQuery is not null) parameters["textQuery"] = textQuery;
        return PagedAsync(QuoteQueries.Find(textQuery is not null, order), parameters, page, Neo4jProperties.ToQuote, cancellationToken);
    }

    public Task<Page<Event>> FindEventsAsync(EventFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PagedAsync(ReadStatements.FindEvents,
            P(("type", NullIfBlank(filter.Type)), ("involvesId", NullIfBlank(filter.InvolvesId)), ("from", NullIfBlank(filter.From)), ("to", NullIfBlank(filter.To))),
            page, Neo4jProperties.ToEvent, cancellationToken);
    }

    public Task<Page<Person>> FindAffiliatedPeopleAsync(string targetId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        return PagedAsync(ReadStatements.AffiliatedPeople, P(("targetId", targetId)), page, Neo4jProperties.ToPerson, cancellationToken);
    }

    public Task<Page<SpeakerCount>> WhoSaidAboutAsync(string subjectId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        return PagedAsync(ReadStatements.WhoSaidAbout, P(("subjectId", subjectId)), page,
            m => new SpeakerCount(Neo4jValue.AsString(m.Get("speakerId"))!, Neo4jValue.AsInt(m.Get("quotes")!)), cancellationToken);
    }

    public Task<IReadOnlyList<EntityCount>> CoMentionedAsync(string entityId, int first, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        CheckFirst(first);
        return ListAsync(ReadStatements.CoMentioned, P(("subjectId", entityId), ("first", first)),
            r => new EntityCount(r.String("entityId"), r.Int("shared")), cancellationToken);
    }

    public Task<IReadOnlyList<PathStep>> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
        var statement = PathQueries.ShortestPath(Neo4jLabels.ForNodeId(fromId), Neo4jLabels.ForNodeId(toId), maxHops);
        if (fromId == toId) return Task.FromResult<IReadOnlyList<PathStep>>([]); // shortestPath refuses equal ends
        return ReadAsync<IReadOnlyList<PathStep>>(async () =>
        {
            var result = await RunAsync(statement, P(("fromId", fromId), ("toId", toId)), cancellationToken).ConfigureAwait(false);
            if (result.Records.Count == 0) return [];
            var ids = Neo4jValue.AsStringList(result.Records[0]["ids"]);
            var types = Neo4jValue.AsStringList(result.Records[0]["types"]);
            return types.Select((type, i) => new PathStep(ids[i], Enum.Parse<RelationshipType>(type), ids[i + 1])).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? types, int first, CancellationToken cancellationToken = default)
    {
        CheckFirst(first);
        var query = SearchKeys.FullTextQuery(text);
        if (query is null || first == 0) return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        var typeFilter = types is null || types.Count == 0 ? null : types.Select(t => (t ?? "").Trim().ToLowerInvariant()).ToList();
        return ListAsync(ReadStatements.Search, P(("query", query), ("types", typeFilter), ("first", first)),
            r => new SearchHit(r.String("id"), r.String("type"), r.Double("score"), r.NullableString("snippet") ?? ""), cancellationToken);
    }

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async () =>
        {
            var r = (await RunAsync(ReadStatements.Stats, P(), cancellationToken).ConfigureAwait(false)).Single();
            return new StoreStats(r.Int("articles"), r.Int("people"), r.Int("states"), r.Int("organizations"), r.Int("events"), r.Int("quotes"));
        }, cancellationToken);

    public Task<IReadOnlyList<EntityCount>> TopSpeakersAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default) =>
        TopAsync(ReadStatements.TopSpeakers, first, since, cancellationToken);

    public Task<IReadOnlyList<EntityCount>> TopSubjectsAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default) =>
        TopAsync(ReadStatements.TopSubjects, first, since, cancellationToken);

    public Task<IReadOnlyList<TimelinePoint>> QuoteTimelineAsync(string subjectId, TimeBucket bucket, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        var unit = bucket switch
        {
            TimeBucket.Day => "day",
            TimeBucket.Week => "week",
            TimeBucket.Month => "month",
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown time bucket."),
        };
        return ListAsync(ReadStatements.QuoteTimeline, P(("subjectId", subjectId), ("unit", unit)),
            r => new TimelinePoint((DateOnly)r["start"]!, r.Int("quotes")), cancellationToken);
    }

    private Task<IReadOnlyList<EntityCount>> TopAsync(CypherStatement statement, int first, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        CheckFirst(first);
        return ListAsync(statement, P(("first", first), ("since", since?.ToUniversalTime())),
            r => new EntityCount(r.String("entityId"), r.Int("quotes")), cancellationToken);
    }

    private Task<IReadOnlyList<T>> ListAsync<T>(
        CypherStatement statement, Dictionary<string, object?> parameters, Func<Neo4jRecord, T> map, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<T>>(async () =>
            (await RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false)).Records.Select(map).ToList(), cancellationToken);

    /// <summary>Paged statements return one row: <c>total</c> and <c>items</c>, the slice [offset, offset + limit).</summary>
    private Task<Page<T>> PagedAsync<T>(
        CypherStatement statement, Dictionary<string, object?> parameters, PageRequest page,
        Func<IReadOnlyDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        CheckPage(page);
        parameters["offset"] = page.Offset;
        parameters["end"] = (long)page.Offset + page.Limit;
        return ReadAsync(async () =>
        {
            var record = (await RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false)).Single();
            var items = record.List("items").Select(i => map(Neo4jValue.AsMap(i!))).ToList();
            return new Page<T>(items, record.Int("total"), page.Offset);
        }, cancellationToken);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
