namespace ClaimsGraph.Api.Cors;

/// <summary>
/// CORS from <c>Cors:AllowedOrigins</c> (exact origins, e.g. https://dashboard.example.org). With none
/// configured no cross-origin browser call is allowed; same-origin use (the IDE) is unaffected.
/// </summary>
public static class CorsSetup
{
    public const string SectionName = "Cors";
    public const string PolicyName = "ClaimsGraph";

    public static IServiceCollection AddClaimsGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(SectionName + ":AllowedOrigins").Get<string[]>() ?? [];
        var cleaned = origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        if (cleaned.Contains("*"))
            throw new InvalidOperationException("Cors:AllowedOrigins must list origins; '*' would let any site use a visitor's API key.");
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins(cleaned)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "X-Api-Key")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }
}
