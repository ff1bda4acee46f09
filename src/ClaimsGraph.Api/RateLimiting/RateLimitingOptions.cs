namespace ClaimsGraph.Api.RateLimiting;

/// <summary>
/// Bound to <c>RateLimiting</c>. A request with a valid API key counts against its key's budget; any other
/// request (no key, wrong key) against its client address's budget. Health and metrics are never limited.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window for each API key.</summary>
    public int PermitsPerKey { get; set; } = 1200;

    /// <summary>Requests per window for each client address without a valid key.</summary>
    public int PermitsPerAddress { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
