using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers Neo4jClaimsStore as the IClaimsStore singleton (options from <c>Neo4j</c>). Nothing here
    /// talks to Neo4j: the schema is created on first use, so the host starts even when Neo4j is down.
    /// </summary>
    public static IServiceCollection AddNeo4jClaimsStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Validate(o => o.Uri is { IsAbsoluteUri: true } && (o.Uri.Scheme == Uri.UriSchemeHttp || o.Uri.Scheme == Uri.UriSchemeHttps),
                "Neo4j:Uri must be an absolute http(s) URL of the Query API, e.g. http://localhost:7474 (not bolt://).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Neo4j:Database must not be empty.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Neo4j:RequestTimeout must be positive.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Neo4j:MaxRetries must be between 0 and 10.")
            .ValidateOnStart();

        // The client applies its own per-request timeout (Neo4j:RequestTimeout), so HttpClient's is switched off.
        services.AddHttpClient(Neo4jQueryClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<Neo4jQueryClient>();
        services.AddSingleton<Neo4jClaimsStore>();
        services.AddSingleton<IClaimsStore>(sp => sp.GetRequiredService<Neo4jClaimsStore>());
        return services;
    }

}
