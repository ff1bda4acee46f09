using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// FindQuotesAsync: one statement shape, two sources (all quotes, or the full-text index when a text filter
/// is set) and an ORDER BY built only from <see cref="QuoteOrderField"/> values. Filters on the reporting
/// article (id, source, published bounds) must all hold for the same article.
/// </summary>
public static class QuoteQueries
{
    private const string AllQuotes = "MATCH (q:Quote)";

    private static readonly string FullText =
        $"CALL db.index.fulltext.queryNodes('{SchemaStatements.QuoteTextIndex}', $textQuery) YIELD node AS q";

    public static readonly IReadOnlyList<QuoteOrder> DefaultOrder = [new(QuoteOrderField.PublishedAt, Descending: true)];

    public static CypherStatement Find(bool fullText, IReadOnlyList<QuoteOrder> order)
    {
        var effective = order.Count == 0 ? DefaultOrder : order;
        var orderBy = string.Join(", ", effective.Select(Fragment).Append("q.id"));
        var name = $"find-quotes{(fullText ? "-text" : "")}-{string.Join('-', effective.Select(o => $"{o.Field}{(o.Descending ? "Desc" : "Asc")}"))}";
        return new CypherStatement(name, $$"""
            {{(fullText ? FullText : AllQuotes)}}
            WHERE ($speakerId IS NULL OR q.speakerId = $speakerId)
              AND ($kind IS NULL OR q.kind = $kind)
              AND ($minConfidence IS NULL OR q.confidence >= $minConfidence)
              AND ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
              AND (($articleId IS NULL AND $source IS NULL AND $publishedAfter IS NULL AND $publishedBefore IS NULL)
                OR EXISTS {
                  MATCH (q)-[:REPORTED_IN]->(a:Article)
                  WHERE ($articleId IS NULL OR a.id = $articleId)
                    AND ($source IS NULL OR toLower(a.source) = toLower($source))
                    AND ($publishedAfter IS NULL OR a.publishedAt >= $publishedAfter)
                    AND ($publishedBefore IS NULL OR a.publishedAt < $publishedBefore)
                })
            OPTIONAL MATCH (q)-[:REPORTED_IN]->(r:Article)
            WITH q, max(r.publishedAt) AS latest
            ORDER BY {{orderBy}}
            WITH collect(q) AS matches
            RETURN size(matches) AS total, [x IN matches[$offset..$end] | x {.*}] AS items
            """);
    }

    // Unpublished quotes sort last in both directions, as articles do.
    private static string Fragment(QuoteOrder order) => (order.Field, order.Descending) switch
    {
        (QuoteOrderField.PublishedAt, true) => "latest IS NULL, latest DESC",
        (QuoteOrderField.PublishedAt, false) => "latest IS NULL, latest",
        (QuoteOrderField.Confidence, true) => "q.confidence DESC",
        (QuoteOrderField.Confidence, false) => "q.confidence",
        (QuoteOrderField.Text, true) => "q.text DESC",
        (QuoteOrderField.Text, false) => "q.text",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown quote order."),
    };

    /// <summary>Every source × every single order (multi-field orders are concatenations of the same fragments).</summary>
    public static IEnumerable<CypherStatement> AllVariants()
    {
        var singles = Enum.GetValues<QuoteOrderField>()
            .SelectMany(f => new[] { new QuoteOrder(f, false), new QuoteOrder(f, true) })
            .Select(o => (IReadOnlyList<QuoteOrder>)[o])
            .Append(Enum.GetValues<QuoteOrderField>().Select(f => new QuoteOrder(f, true)).ToList());
        foreach (var fullText in new[] { false, true })
        {
            foreach (var order in singles) yield return Find(fullText, order);
        }
    }
}
