using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Every read the store sends. Values are always parameters; what is spliced in comes from enums (labels,
/// ORDER BY fragments, the path's upper bound) so the set of statements is finite and is linted in full.
/// Paged lists return one row: <c>total</c> and the requested slice <c>items</c>.
/// </summary>
public static class ReadStatements
{
    private const string PageTail = """
        WITH collect(n) AS matches
        RETURN size(matches) AS total, [x IN matches[$offset..$end] | x {.*}] AS items
        """;

    public static readonly CypherStatement Ping = new("ping", "RETURN 1 AS ok");

    public static readonly CypherStatement ContentHash = new("content-hash", """
        MATCH (a:Article {id: $articleId})
        RETURN a.contentHash AS contentHash
        """);

    public static readonly CypherStatement EntitiesById = new("entities-by-id", """
        MATCH (n:Entity) WHERE n.id IN $ids
        RETURN n {.*} AS node
        """);

    public static readonly CypherStatement ArticlesById = new("articles-by-id", """
        MATCH (n:Article) WHERE n.id IN $ids
        RETURN n {.*} AS node
        """);

    public static readonly CypherStatement QuotesById = new("quotes-by-id", """
        MATCH (n:Quote) WHERE n.id IN $ids
        RETURN n {.*} AS node
        """);

    public static readonly CypherStatement QuoteReports = new("quote-reports", """
        MATCH (q:Quote)-[r:REPORTED_IN]->(a:Article) WHERE q.id IN $ids
        RETURN q.id AS quoteId, a.id AS articleId, r {.*} AS span
        ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id
        """);

    public static readonly CypherStatement QuoteTargets = new("quote-targets", """
        MATCH (q:Quote)-[r:ABOUT]->(e:Entity) WHERE q.id IN $ids
        WITH q.id AS quoteId, e.id AS entityId, max(r.weight) AS weight
        RETURN quoteId, entityId, weight
        ORDER BY weight DESC, entityId
        """);

    public static readonly CypherStatement Affiliations = new("affiliations", """
        MATCH (p:Person)-[r:AFFILIATED_WITH]->(t:Entity) WHERE p.id IN $ids
        RETURN DISTINCT p.id AS personId, t.id AS targetId, r.role AS role
        ORDER BY personId, targetId, role
        """);

    public static readonly CypherStatement EventParticipants = new("event-participants", """
        MATCH (e:Event)-[r:INVOLVES]->(x:Entity) WHERE e.id IN $ids
        RETURN DISTINCT e.id AS eventId, x.id AS entityId, r.role AS role
        ORDER BY eventId, entityId, role
        """);

    public static readonly CypherStatement Mentions = new("mentions", """
        MATCH (a:Article)-[r:MENTIONS]->(e:Entity) WHERE a.id IN $ids
        RETURN a.id AS articleId, e.id AS entityId, r.count AS count, r.spans AS spans
        ORDER BY count DESC, entityId
        """);

    public static readonly CypherStatement EventArticles = new("event-articles", """
        MATCH (e:Event)-[:REPORTED_IN]->(a:Article) WHERE e.id IN $ids
        RETURN DISTINCT e.id AS eventId, a.id AS articleId, a.publishedAt AS publishedAt
        ORDER BY eventId, publishedAt IS NULL, publishedAt, articleId
        """);

    public static readonly CypherStatement ListArticles = new("list-articles", $"""
        MATCH (n:Article) WHERE $titleKey IS NULL OR n.titleKey CONTAINS $titleKey
        WITH n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC, n.id
        {PageTail}
        """);

    private static readonly IReadOnlyDictionary<EntityType, CypherStatement> ListEntitiesByType =
        Enum.GetValues<EntityType>().ToDictionary(t => t, t => new CypherStatement($"list-{Neo4jLabels.For(t)}", $"""
            MATCH (n:{Neo4jLabels.For(t)}) WHERE $nameKey IS NULL OR n.searchKey CONTAINS $nameKey
            WITH n ORDER BY n.nameKey, n.id
            {PageTail}
            """));

    public static CypherStatement ListEntities(EntityType type) => ListEntitiesByType[type];

    /// <summary>A partial date ("2024", "2024-04") matches a bound when their common prefix does: April 2024 is on or after 2024-04-10.</summary>
    public static readonly CypherStatement FindEvents = new("find-events", $$"""
        MATCH (n:Event)
        WHERE ($type IS NULL OR toUpper(n.eventType) = toUpper($type))
          AND ($involvesId IS NULL OR EXISTS { (n)-[:INVOLVES|LOCATED_IN]->(:Entity {id: $involvesId}) })
          AND ($from IS NULL OR n.date >= substring($from, 0, size(n.date)))
          AND ($to IS NULL OR substring(n.date, 0, size($to)) <= $to)
        WITH n ORDER BY n.date IS NULL, n.date DESC, n.id
        {{PageTail}}
        """);

    public static readonly CypherStatement AffiliatedPeople = new("affiliated-people", $$"""
        MATCH (p:Person)-[:AFFILIATED_WITH]->(:Entity {id: $targetId})
        WITH DISTINCT p AS n
        WITH n ORDER BY n.nameKey, n.id
        {{PageTail}}
        """);

    public static readonly CypherStatement WhoSaidAbout = new("who-said-about", """
        MATCH (s:Entity)-[:SAID]->(q:Quote)-[:ABOUT]->(:Entity {id: $subjectId})
        WITH s.id AS speakerId, count(DISTINCT q) AS quotes
        ORDER BY quotes DESC, speakerId
        WITH collect({speakerId: speakerId, quotes: quotes}) AS matches
        RETURN size(matches) AS total, matches[$offset..$end] AS items
        """);

    public static readonly CypherStatement CoMentioned = new("co-mentioned", """
        MATCH (:Entity {id: $subjectId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
        WHERE o.id <> $subjectId
        WITH o.id AS entityId, count(DISTINCT a) AS shared
        RETURN entityId, shared
        ORDER BY shared DESC, entityId
        LIMIT $first
        """);

    public static readonly CypherStatement Search = new("search", $$"""
        CALL () {
          CALL db.index.fulltext.queryNodes('{{SchemaStatements.EntityNameIndex}}', $query) YIELD node, score
          RETURN node.id AS id, node.type AS type, score, node.name AS snippet
          UNION ALL
          CALL db.index.fulltext.queryNodes('{{SchemaStatements.ArticleTitleIndex}}', $query) YIELD node, score
          RETURN node.id AS id, 'Article' AS type, score, node.title AS snippet
          UNION ALL
          CALL db.index.fulltext.queryNodes('{{SchemaStatements.QuoteTextIndex}}', $query) YIELD node, score
          RETURN node.id AS id, 'Quote' AS type, score, node.text AS snippet
        }
        WITH id, type, score, snippet WHERE $types IS NULL OR toLower(type) IN $types
        RETURN id, type, score, snippet
        ORDER BY score DESC, id
        LIMIT $first
        """);

    public static readonly CypherStatement Stats = new("stats", $$"""
        RETURN COUNT { (:{{Neo4jLabels.Article}}) } AS articles,
               COUNT { (:{{Neo4jLabels.For(EntityType.Person)}}) } AS people,
               COUNT { (:{{Neo4jLabels.For(EntityType.State)}}) } AS states,
               COUNT { (:{{Neo4jLabels.For(EntityType.Organization)}}) } AS organizations,
               COUNT { (:{{Neo4jLabels.For(EntityType.Event)}}) } AS events,
               COUNT { (:{{Neo4jLabels.Quote}}) } AS quotes
        """);

    public static readonly CypherStatement TopSpeakers = new("top-speakers", TopBy("(n:Entity)-[:SAID]->(q:Quote)"));

    public static readonly CypherStatement TopSubjects = new("top-subjects", TopBy("(q:Quote)-[:ABOUT]->(n:Entity)"));

    /// <summary>Buckets by the reporting article's publishedAt (stored in UTC); <c>date.truncate('week', …)</c> starts weeks on Monday.</summary>
    public static readonly CypherStatement QuoteTimeline = new("quote-timeline", """
        MATCH (q:Quote)-[:ABOUT]->(:Entity {id: $subjectId})
        MATCH (q)-[:REPORTED_IN]->(a:Article) WHERE a.publishedAt IS NOT NULL
        WITH date.truncate($unit, a.publishedAt) AS start, q
        RETURN start, count(DISTINCT q) AS quotes
        ORDER BY start
        """);

    private static string TopBy(string pattern) => $$"""
        MATCH {{pattern}}
        WHERE $since IS NULL OR EXISTS { (q)-[:REPORTED_IN]->(a:Article) WHERE a.publishedAt >= $since }
        WITH n.id AS entityId, count(DISTINCT q) AS quotes
        RETURN entityId, quotes
        ORDER BY quotes DESC, entityId
        LIMIT $first
        """;

    public static IEnumerable<CypherStatement> All()
    {
        yield return Ping;
        yield return ContentHash;
        yield return EntitiesById;
        yield return ArticlesById;
        yield return QuotesById;
        yield return QuoteReports;
        yield return QuoteTargets;
        yield return Affiliations;
        yield return EventParticipants;
        yield return Mentions;
        yield return EventArticles;
        yield return ListArticles;
        foreach (var statement in ListEntitiesByType.Values) yield return statement;
        yield return FindEvents;
        yield return AffiliatedPeople;
        yield return WhoSaidAbout;
        yield return CoMentioned;
        yield return Search;
        yield return Stats;
        yield return TopSpeakers;
        yield return TopSubjects;
        yield return QuoteTimeline;
        foreach (var statement in QuoteQueries.AllVariants()) yield return statement;
        foreach (var statement in PathQueries.AllVariants()) yield return statement;
    }
}
