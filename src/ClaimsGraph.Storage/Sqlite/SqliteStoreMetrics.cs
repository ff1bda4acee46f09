using System.Diagnostics.Metrics;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The SQLite store's instruments (meter "ClaimsGraph.Storage"). One static meter for the process: a process
/// serves one store, and counters added to from several stores (as in tests) simply add up.
/// </summary>
public static class SqliteStoreMetrics
{
    public const string MeterName = "ClaimsGraph.Storage";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("claimsgraph.store.cache.lookups", "{lookup}",
        "Nodes asked for by id, answered from the node cache (hit) or the file (miss).");

    private static readonly KeyValuePair<string, object?> Hit = new("result", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("result", "miss");

    internal static void CacheLooked(int hits, int misses)
    {
        if (hits > 0) CacheLookups.Add(hits, Hit);
        if (misses > 0) CacheLookups.Add(misses, Miss);
    }
}
