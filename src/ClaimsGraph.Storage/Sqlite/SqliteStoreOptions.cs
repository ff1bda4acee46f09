namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Bound to configuration section <c>Storage:Sqlite</c> (environment: <c>Storage__Sqlite__Path=…</c>).</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; a relative path is relative to the working directory. Its folder is created.</summary>
    public string Path { get; set; } = "data/claimsgraph.db";

    /// <summary>How long a writer waits for another writer's lock before the store reports itself unavailable.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Entities kept in memory between reads (0 turns the cache off). A commit to the file empties it.</summary>
    public int CachedEntities { get; set; } = 100_000;

    /// <summary>Articles kept in memory between reads (0 turns the cache off); texts longer than <see cref="MaxCachedArticleLength"/> are never kept.</summary>
    public int CachedArticles { get; set; } = 2_000;

    /// <summary>Quotes, and the reports and targets of quotes, kept in memory between reads (0 turns the cache off).</summary>
    public int CachedQuotes { get; set; } = 100_000;

    public int MaxCachedArticleLength { get; set; } = 65_536;
}
