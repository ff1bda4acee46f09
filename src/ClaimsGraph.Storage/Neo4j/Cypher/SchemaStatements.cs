using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Constraints and indexes created at start. All are <c>IF NOT EXISTS</c>, so running them again is a no-op.
/// Full-text indexes use the <c>standard-folding</c> analyzer: case- and accent-insensitive, as SQLite's FTS5
/// with remove_diacritics.
/// </summary>
public static class SchemaStatements
{
    public const string QuoteTextIndex = "quote_text";
    public const string EntityNameIndex = "entity_names";
    public const string ArticleTitleIndex = "article_titles";

    public static IReadOnlyList<CypherStatement> All { get; } = Build();

    private static List<CypherStatement> Build()
    {
        var statements = new List<CypherStatement>();
        void Unique(string label) => statements.Add(new($"constraint-{label}",
            $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"));

        Unique(Neo4jLabels.Article);
        Unique(Neo4jLabels.Quote);
        Unique(Neo4jLabels.Entity);
        foreach (var type in Enum.GetValues<EntityType>()) Unique(Neo4jLabels.For(type));

        statements.Add(new("index-article-published",
            "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)"));
        statements.Add(new("index-quote-speaker",
            "CREATE INDEX quote_speaker IF NOT EXISTS FOR (n:Quote) ON (n.speakerId)"));
        foreach (var type in Neo4jLabels.PerArticleRelationships)
        {
            var name = Neo4jLabels.For(type);
            statements.Add(new($"index-{name}-article",
                $"CREATE INDEX {name.ToLowerInvariant()}_article IF NOT EXISTS FOR ()-[r:{name}]-() ON (r.articleId)"));
        }

        const string folding = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}";
        statements.Add(new("fulltext-quote-text",
            $"CREATE FULLTEXT INDEX {QuoteTextIndex} IF NOT EXISTS FOR (n:Quote) ON EACH [n.text] {folding}"));
        statements.Add(new("fulltext-entity-names",
            $"CREATE FULLTEXT INDEX {EntityNameIndex} IF NOT EXISTS FOR (n:{string.Join('|', Enum.GetValues<EntityType>().Select(Neo4jLabels.For))}) ON EACH [n.name, n.aliasText] {folding}"));
        statements.Add(new("fulltext-article-titles",
            $"CREATE FULLTEXT INDEX {ArticleTitleIndex} IF NOT EXISTS FOR (n:Article) ON EACH [n.title] {folding}"));
        // Index creation returns at once and populates in the background; a full-text query on an index
        // that is not online yet fails, so start-up waits for them (bounded).
        statements.Add(new("await-indexes", "CALL db.awaitIndexes($timeoutSeconds)"));
        return statements;
    }
}
