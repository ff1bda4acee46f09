using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ClaimsGraph.Api.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>
/// Counts one API host's <c>claimsgraph.graphql.executions</c> by engine (plan, graphql-net, fallback). Listens only to
/// the meter of that host's meter factory, so test classes running in parallel do not count each other.
/// </summary>
public sealed class ExecutionCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new();

    public ExecutionCounter(IServiceProvider services)
    {
        var scope = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ClaimsGraphMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope)
                && instrument.Name == "claimsgraph.graphql.executions")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "engine" && tag.Value is string engine) _counts.AddOrUpdate(engine, value, (_, n) => n + value);
        });
        _listener.Start();
    }

    public long this[string engine] => _counts.GetValueOrDefault(engine);

    public void Dispose() => _listener.Dispose();
}
