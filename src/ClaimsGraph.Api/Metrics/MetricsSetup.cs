using ClaimsGraph.Storage.Sqlite;
using OpenTelemetry.Metrics;

namespace ClaimsGraph.Api.Metrics;

/// <summary>OpenTelemetry metrics with the Prometheus text exporter at <c>/metrics</c>.</summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    public static IServiceCollection AddClaimsGraphMetrics(this IServiceCollection services)
    {
        services.AddSingleton<ClaimsGraphMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ClaimsGraphMetrics.MeterName, SqliteStoreMetrics.MeterName)
            // ASP.NET Core's and Kestrel's built-in meters: request durations by route and status, connections.
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
            // The runtime's own meter: GC collections and pause time, allocated bytes, CPU time, thread pool queue.
            .AddMeter("System.Runtime")
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapClaimsGraphMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path);
        return endpoints;
    }
}
