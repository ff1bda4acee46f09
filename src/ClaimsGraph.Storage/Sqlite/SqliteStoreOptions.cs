namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Bound to configuration section <c>Storage:Sqlite</c> (environment: <c>Storage__Sqlite__Path=…</c>).</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; a relative path is relative to the working directory. Its folder is created.</summary>
    public string Path { get; set; } = "data/claimsgraph.db";

    /// <summary>How long a writer waits for another writer's lock before the store reports itself unavailable.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
