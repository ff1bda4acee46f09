using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using ClaimsGraph.Api.Auth;
using ClaimsGraph.Api.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace ClaimsGraph.Api.RateLimiting;

/// <summary>
/// ASP.NET Core rate limiting for <c>/graphql</c>: fixed windows per API key name or per client address,
/// no queueing, and a 429 with a GraphQL-shaped error (code RATE_LIMITED) and Retry-After.
/// </summary>
public static class RateLimitingSetup
{
    public const string ErrorCode = "RATE_LIMITED";

    public static IServiceCollection AddClaimsGraphRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (options.PermitsPerKey < 1 || options.PermitsPerAddress < 1 || options.WindowSeconds < 1)
            throw new InvalidOperationException("RateLimiting:PermitsPerKey, PermitsPerAddress and WindowSeconds must be at least 1.");
        var window = TimeSpan.FromSeconds(options.WindowSeconds);

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => WriteRejectionAsync(context, window, cancellationToken);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!options.Enabled || !IsLimited(http.Request.Path)) return RateLimitPartition.GetNoLimiter("unlimited");
                var keyName = http.RequestServices.GetRequiredService<ApiKeyValidator>()
                    .NameOf(http.Request.Headers[ApiKeyOptions.HeaderName].ToString());
                return keyName is not null
                    ? Fixed("key:" + keyName, options.PermitsPerKey, window)
                    : Fixed("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.PermitsPerAddress, window);
            });
        });
        return services;
    }

    private static bool IsLimited(PathString path) => path.StartsWithSegments(GraphQLHttpOptions.Path);

    private static RateLimitPartition<string> Fixed(string partition, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests: retry after {seconds} s.",
                    extensions = new { code = ErrorCode, retryAfterSeconds = seconds },
                },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, body, JsonSerializerOptions.Web, cancellationToken);
    }
}
