using GraphQL.DataLoader;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// Collects the keys resolvers ask for while GraphQL.NET walks one level of the result, then fetches them
/// in one store call when the engine settles that level's <see cref="IDataLoaderResult"/>s. One instance
/// per request (scoped), so results are cached for the request only. Thread-safe: the parallel execution
/// strategy may load and settle from several threads.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = new();
    private Batch _open = new();

    /// <summary>The value for the key, or default when the store has none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var value)) return DataLoaderResults.FromValue<TValue?>(value);
            _open.Keys.Add(key);
            return new Pending(this, _open, key);
        }
    }

    /// <summary>
    /// The value itself when this request already loaded the key (a resolver returning it completes at once,
    /// without another data-loader round), else the pending load.
    /// </summary>
    public object? ValueOrLoad(TKey key) => TryGetLoaded(key, out var value) ? value : Load(key);

    public bool TryGetLoaded(TKey key, out TValue value)
    {
        lock (_gate) return _loaded.TryGetValue(key, out value!);
    }

    /// <summary>Loads the keys not loaded yet in one store call, before any resolver asks for them.</summary>
    public Task PrimeAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken)
    {
        // Enumerated outside the lock: the keys often come from another loader's values.
        var candidates = keys.ToList();
        if (candidates.Count == 0) return Task.CompletedTask;
        // Sized once: a page primes tens of keys, and growing these sets rehashed every key several times.
        var missing = new List<TKey>(candidates.Count);
        var asked = new HashSet<TKey>(candidates.Count);
        lock (_gate)
        {
            var nothingLoaded = _loaded.Count == 0;
            foreach (var key in candidates)
                if ((nothingLoaded || !_loaded.ContainsKey(key)) && asked.Add(key)) missing.Add(key);
        }
        return missing.Count == 0 ? Task.CompletedTask : FetchAndKeepAsync(missing, cancellationToken);
    }

    private async Task FetchAndKeepAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_gate) Remember(values);
    }

    /// <summary>Keeps fetched values for the rest of the request; call under the lock.</summary>
    private void Remember(IReadOnlyDictionary<TKey, TValue> values)
    {
        _loaded.EnsureCapacity(_loaded.Count + values.Count);
        foreach (var (k, v) in values) _loaded.TryAdd(k, v);
    }

    /// <summary>The values for the keys that exist, in the keys' order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return DataLoaderResults.All(results).Then(values => (IReadOnlyList<TValue>)values.OfType<TValue>().ToList());
    }

    private async Task<TValue?> SettleAsync(Batch batch, TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> task;
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                batch.Fetch = fetch(batch.Keys, cancellationToken);
                if (ReferenceEquals(batch, _open)) _open = new Batch();
            }
            task = batch.Fetch;
        }
        var values = await task.ConfigureAwait(false);
        lock (_gate)
        {
            // Once per batch, not once per key that settles from it.
            if (!batch.Remembered)
            {
                Remember(values);
                batch.Remembered = true;
            }
        }
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = new();

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }

        public bool Remembered { get; set; }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.SettleAsync(batch, key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
