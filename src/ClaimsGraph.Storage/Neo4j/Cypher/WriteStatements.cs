using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The upsert of a batch of articles: every statement takes <c>$rows</c> (or <c>$articleIds</c>) and
/// UNWINDs it, so the number of round trips per batch is fixed, whatever the number of nodes.
/// Relationships an article contributes carry <c>articleId</c>; SAID does not, because a quote's id hashes
/// its speaker, so the SAID edge lives and dies with the quote node.
/// </summary>
public static class WriteStatements
{
    /// <summary>First statement of the transaction: which articles exist, and with what content hash.</summary>
    public static readonly CypherStatement ContentHashes = new("content-hashes", """
        UNWIND $articleIds AS articleId
        OPTIONAL MATCH (a:Article {id: articleId})
        RETURN articleId, a.contentHash AS contentHash
        """);

    /// <summary>
    /// Removes what the given articles contributed and returns the nodes those relationships touched: the
    /// candidates for <see cref="RemoveOrphans"/> once the new contribution is written.
    /// </summary>
    public static readonly CypherStatement DeleteContributions = new("delete-contributions", string.Join("\nUNION ALL\n",
        Neo4jLabels.PerArticleRelationships.Select(type => $"""
            MATCH (x)-[r:{Neo4jLabels.For(type)}]->(y) WHERE r.articleId IN $articleIds
            DELETE r
            RETURN x.id AS fromId, y.id AS toId
            """)));

    public static readonly CypherStatement UpsertArticles = new("upsert-articles", """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a = row.props
        """);

    public static readonly CypherStatement UpsertQuotes = new("upsert-quotes", """
        UNWIND $rows AS row
        MERGE (q:Quote {id: row.id})
        SET q = row.props
        """);

    private static readonly IReadOnlyDictionary<EntityType, CypherStatement> UpsertEntitiesByType =
        Enum.GetValues<EntityType>().ToDictionary(t => t, t => new CypherStatement($"upsert-{Neo4jLabels.For(t)}", $$"""
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props, n:{{Neo4jLabels.For(t)}}
            """));

    public static CypherStatement UpsertEntities(EntityType type) => UpsertEntitiesByType[type];

    public static readonly CypherStatement MergeSaid = new("merge-said", """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.speakerId})
        MATCH (q:Quote {id: row.quoteId})
        MERGE (s)-[:SAID]->(q)
        """);

    public static readonly CypherStatement MergeAbout = new("merge-about", """
        UNWIND $rows AS row
        MATCH (q:Quote {id: row.quoteId})
        MATCH (e:Entity {id: row.entityId})
        MERGE (q)-[r:ABOUT {articleId: row.articleId}]->(e)
        SET r.weight = row.weight
        """);

    public static readonly CypherStatement MergeQuoteReports = new("merge-quote-reports", """
        UNWIND $rows AS row
        MATCH (q:Quote {id: row.quoteId})
        MATCH (a:Article {id: row.articleId})
        MERGE (q)-[r:REPORTED_IN {articleId: row.articleId}]->(a)
        SET r.spanStart = row.spanStart, r.spanEnd = row.spanEnd,
            r.cueStart = row.cueStart, r.cueEnd = row.cueEnd,
            r.speakerStart = row.speakerStart, r.speakerEnd = row.speakerEnd,
            r.pieces = row.pieces
        """);

    public static readonly CypherStatement MergeEventReports = new("merge-event-reports", """
        UNWIND $rows AS row
        MATCH (e:Event {id: row.eventId})
        MATCH (a:Article {id: row.articleId})
        MERGE (e)-[r:REPORTED_IN {articleId: row.articleId}]->(a)
        SET r.spanStart = row.spanStart, r.spanEnd = row.spanEnd
        """);

    public static readonly CypherStatement MergeMentions = new("merge-mentions", """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.articleId})
        MATCH (e:Entity {id: row.entityId})
        MERGE (a)-[r:MENTIONS {articleId: row.articleId}]->(e)
        SET r.count = row.count, r.spans = row.spans
        """);

    public static readonly CypherStatement MergeAffiliations = new("merge-affiliations", """
        UNWIND $rows AS row
        MATCH (p:Person {id: row.personId})
        MATCH (t:Entity {id: row.targetId})
        MERGE (p)-[:AFFILIATED_WITH {articleId: row.articleId, role: row.role}]->(t)
        """);

    public static readonly CypherStatement MergeInvolves = new("merge-involves", """
        UNWIND $rows AS row
        MATCH (e:Event {id: row.eventId})
        MATCH (x:Entity {id: row.entityId})
        MERGE (e)-[:INVOLVES {articleId: row.articleId, role: row.role}]->(x)
        """);

    public static readonly CypherStatement MergeLocatedIn = new("merge-located-in", """
        UNWIND $rows AS row
        MATCH (e:Event {id: row.eventId})
        MATCH (p:Entity {id: row.placeId})
        MERGE (e)-[:LOCATED_IN {articleId: row.articleId}]->(p)
        """);

    /// <summary>
    /// After a replace: quotes no article reports any more go (with their SAID edge), then entities among the
    /// candidates (and those quotes' speakers) that nothing links to any more. Shared entities stay.
    /// </summary>
    public static readonly CypherStatement RemoveOrphans = new("remove-orphans", """
        OPTIONAL MATCH (q:Quote) WHERE q.id IN $candidateIds AND NOT EXISTS { (q)-[:REPORTED_IN]->() }
        OPTIONAL MATCH (s:Entity)-[:SAID]->(q)
        WITH collect(DISTINCT q) AS quotes, collect(DISTINCT s.id) AS speakerIds
        FOREACH (q IN quotes | DETACH DELETE q)
        WITH speakerIds
        MATCH (n:Entity) WHERE (n.id IN $candidateIds OR n.id IN speakerIds) AND NOT EXISTS { (n)--() }
        DETACH DELETE n
        """);

    public static IEnumerable<CypherStatement> All()
    {
        yield return ContentHashes;
        yield return DeleteContributions;
        yield return UpsertArticles;
        yield return UpsertQuotes;
        foreach (var statement in UpsertEntitiesByType.Values) yield return statement;
        yield return MergeSaid;
        yield return MergeAbout;
        yield return MergeQuoteReports;
        yield return MergeEventReports;
        yield return MergeMentions;
        yield return MergeAffiliations;
        yield return MergeInvolves;
        yield return MergeLocatedIn;
        yield return RemoveOrphans;
    }
}
