namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>Every statement Neo4jClaimsStore can send, all variants enumerated (for the lint test).</summary>
public static class CypherCatalog
{
    public static IReadOnlyList<CypherStatement> All() =>
        SchemaStatements.All.Concat(WriteStatements.All()).Concat(ReadStatements.All()).ToList();
}
