using System.Diagnostics;

namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// Calls an operation from N concurrent workers until a time or count bound is reached, recording each
/// call's latency. A short sequential warm-up comes first so JIT and caches do not count.
/// </summary>
public sealed class LoadRunner(int concurrency, TimeSpan duration, int maxRequests, int warmupCalls)
{
    public async Task<LatencySummary> RunAsync(string scenario, string layer, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmupCalls; i++) await call(cancellationToken);

        var perWorker = Enumerable.Range(0, concurrency).Select(_ => new List<double>(4096)).ToArray();
        var errors = 0;
        var issued = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var workers = perWorker.Select(latencies => Task.Run(async () =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await call(cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        if (firstError is not null) Console.Error.WriteLine($"  {scenario}/{layer}: {errors} errors, first: {firstError}");
        return LatencySummary.From(scenario, layer, perWorker.SelectMany(l => l).ToList(), errors, seconds);
    }
}
