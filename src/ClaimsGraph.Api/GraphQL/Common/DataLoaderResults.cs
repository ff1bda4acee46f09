using GraphQL.DataLoader;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// Composition for <see cref="IDataLoaderResult{T}"/> (GraphQL.NET ships only the interfaces). A
/// <see cref="Then{T,TResult}"/> that returns another loader result is settled by the engine in its next
/// round, so chained loads (quote → targets → entities) still batch across the whole level.
/// </summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<T> FromValue<T>(T value) => new Settled<T>(value);

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Mapped<T, TResult>(source, map);

    /// <summary>Settles every result (each settles its own batch once) and returns the values in order.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T>> results) => new Combined<T>(results);

    private sealed class Settled<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Combined<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < results.Count; i++)
                values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
