using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimsGraph.Api.Health;

/// <summary>Ready when the store answers; the description says why not.</summary>
public sealed class StoreHealthCheck(IClaimsStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var health = await store.CheckHealthAsync(cancellationToken);
            var description = $"{health.Provider}: {health.Description}";
            return health.IsHealthy ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
