using System.Collections.Concurrent;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Values read by id (entities, quotes and their reports and targets, articles), kept between requests until the
/// database changes. They are read far more often than written (every quote page asks again for its speakers,
/// reports and articles), so a request whose values are cached skips that statement. Entries live in a generation tied to one <see cref="SqliteDataVersion"/> value: the first
/// read after a commit (from this process or another) starts an empty generation, and a read that began before the
/// commit can only add to the generation it started in, which nobody reads any more.
/// Bounded: a full generation starts over, so memory stays under <c>maxEntries</c> values.
/// </summary>
internal sealed class SqliteNodeCache<T>(int maxEntries, Func<T, bool>? keep = null) where T : class
{
    private Generation current = new((-1, -1));
    private long hits;
    private long misses;

    public long Hits => Interlocked.Read(ref hits);
    public long Misses => Interlocked.Read(ref misses);
    public bool Enabled => maxEntries > 0;

    /// <summary>The generation for the database as it is now; pass it back to <see cref="Keep"/> after reading.</summary>
    public Generation At((long Epoch, long Version) version)
    {
        var seen = Volatile.Read(ref current);
        if (seen.Version == version) return seen;
        var fresh = new Generation(version);
        var raced = Interlocked.CompareExchange(ref current, fresh, seen);
        return raced == seen || raced.Version != version ? fresh : raced;
    }

    /// <summary>Splits <paramref name="ids"/> into the cached values (added to <paramref name="found"/>) and the rest.</summary>
    public List<string> Find(Generation generation, IEnumerable<string> ids, Dictionary<string, T> found)
    {
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (found.ContainsKey(id)) continue;
            if (generation.Items.TryGetValue(id, out var value)) found[id] = value;
            else missing.Add(id);
        }
        Interlocked.Add(ref hits, found.Count);
        Interlocked.Add(ref misses, missing.Count);
        SqliteStoreMetrics.CacheLooked(found.Count, missing.Count);
        return missing;
    }

    public void Keep(Generation generation, IEnumerable<KeyValuePair<string, T>> values)
    {
        foreach (var (id, value) in values)
        {
            if (keep?.Invoke(value) == false || !generation.Items.TryAdd(id, value)) continue;
            // ConcurrentDictionary.Count takes every lock; an approximate count of our own is enough for a bound.
            if (Interlocked.Increment(ref generation.Added) <= maxEntries) continue;
            generation.Items.Clear();
            Interlocked.Exchange(ref generation.Added, 0);
        }
    }

    internal sealed class Generation((long Epoch, long Version) version)
    {
        public (long Epoch, long Version) Version { get; } = version;
        public ConcurrentDictionary<string, T> Items { get; } = new(StringComparer.Ordinal);
        public int Added;
    }
}
