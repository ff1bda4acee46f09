using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Registers Neo4jClaimsStore as the IClaimsStore singleton (options from <c>Neo4j</c>).</summary>
    public static IServiceCollection AddNeo4jClaimsStore(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotImplementedException("The Neo4j store is not written yet.");
}
