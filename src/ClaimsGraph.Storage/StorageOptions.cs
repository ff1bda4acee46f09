namespace ClaimsGraph.Storage;

public enum StorageProvider
{
    Sqlite,
    Neo4j,
}

/// <summary>Bound to configuration section <c>Storage</c> (environment: <c>Storage__Provider=Neo4j</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}
