namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Bound to configuration section <c>Storage:Sqlite</c> (environment: <c>Storage__Sqlite__Path=…</c>).</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; a relative path is relative to the working directory. Its folder is created.</summary>
    public string Path { get; set; } = "data/claimsgraph.db";

    /// <summary>How long a writer waits for another writer's lock before the store reports itself unavailable.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>
    /// The most nodes one side of the path search may hold in its frontier. Hubs (a state quoted about
    /// in thousands of articles) would otherwise make a 4-hop search read most of the graph.
    /// </summary>
    public int PathFrontierCap { get; set; } = 20_000;
}
