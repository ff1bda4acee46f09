using ClaimsGraph.Storage.Neo4j;
using ClaimsGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the IClaimsStore that <c>Storage:Provider</c> names (SQLite by default).</summary>
    public static IServiceCollection AddClaimsStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        return options.Provider switch
        {
            StorageProvider.Neo4j => services.AddNeo4jClaimsStore(configuration),
            _ => services.AddSqliteClaimsStore(configuration),
        };
    }
}
