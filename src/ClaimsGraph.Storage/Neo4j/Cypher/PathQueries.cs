namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// FindPathAsync. Cypher cannot take a variable-length bound as a parameter (<c>*..$max</c> is a syntax
/// error), so the bound is inlined, and only after checking it is an integer in [1, <see cref="MaxHops"/>]:
/// the statement set stays finite (and linted) and no caller text reaches the query.
/// The end labels come from the ids' prefixes so both ends are unique-index seeks.
/// </summary>
public static class PathQueries
{
    public const int MaxHops = 4;

    public static CypherStatement ShortestPath(string fromLabel, string toLabel, int maxHops)
    {
        if (maxHops is < 1 or > MaxHops)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"maxHops must be between 1 and {MaxHops}.");
        }
        if (!Neo4jLabels.NodeLookupLabels.Contains(fromLabel) || !Neo4jLabels.NodeLookupLabels.Contains(toLabel))
        {
            throw new ArgumentException("Path ends must be looked up under a known label.");
        }
        var types = string.Join('|', Neo4jLabels.PathRelationships.Select(Neo4jLabels.For));
        return new CypherStatement($"shortest-path-{fromLabel}-{toLabel}-{maxHops}", $$"""
            MATCH (a:{{fromLabel}} {id: $fromId})
            MATCH (b:{{toLabel}} {id: $toId})
            MATCH p = shortestPath((a)-[:{{types}}*..{{maxHops}}]-(b))
            RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
            """);
    }

    public static IEnumerable<CypherStatement> AllVariants() =>
        from start in Neo4jLabels.NodeLookupLabels
        from end in Neo4jLabels.NodeLookupLabels
        from hops in Enumerable.Range(1, MaxHops)
        select ShortestPath(start, end, hops);
}
