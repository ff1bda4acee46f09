using System.Diagnostics;

namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// Calls an operation from N concurrent workers until a time or count bound is reached, recording each
/// call's latency. A warm-up comes first, unrecorded: a few sequential calls, then the same concurrent load
/// for the warm-up time, so that tiered compilation has settled (it takes seconds of load, not a few calls)
/// and the figures are steady state.
/// </summary>
public sealed class LoadRunner(int concurrency, TimeSpan duration, int maxRequests, int warmupCalls, TimeSpan warmup)
{
    public async Task<LatencySummary> RunAsync(string scenario, string layer, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmupCalls; i++) await call(cancellationToken);
        await LoadAsync(call, warmup, maxRequests, cancellationToken);

        var (latencies, errors, firstError, seconds) = await LoadAsync(call, duration, maxRequests, cancellationToken);
        if (firstError is not null) Console.Error.WriteLine($"  {scenario}/{layer}: {errors} errors, first: {firstError}");
        return LatencySummary.From(scenario, layer, latencies, errors, seconds);
    }

    private async Task<(List<double> Latencies, int Errors, string? FirstError, double Seconds)> LoadAsync(
        Func<CancellationToken, Task> call, TimeSpan bound, int maxCalls, CancellationToken cancellationToken)
    {
        var perWorker = Enumerable.Range(0, concurrency).Select(_ => new List<double>(4096)).ToArray();
        var errors = 0;
        var issued = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var workers = perWorker.Select(latencies => Task.Run(async () =>
        {
            while (clock.Elapsed < bound && Interlocked.Increment(ref issued) <= maxCalls && !cancellationToken.IsCancellationRequested)
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
        return (perWorker.SelectMany(l => l).ToList(), errors, firstError, clock.Elapsed.TotalSeconds);
    }
}
