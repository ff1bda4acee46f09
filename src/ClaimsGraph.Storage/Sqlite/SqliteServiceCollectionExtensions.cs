using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimsGraph.Storage.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>Registers SqliteClaimsStore as the IClaimsStore singleton (options from <c>Storage:Sqlite</c>).</summary>
    public static IServiceCollection AddSqliteClaimsStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SqliteStoreOptions.SectionName).Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        services.AddSingleton(options);
        services.AddSingleton<SqliteClaimsStore>(sp => new SqliteClaimsStore(
            sp.GetRequiredService<SqliteStoreOptions>(),
            sp.GetService<ILogger<SqliteClaimsStore>>() ?? NullLogger<SqliteClaimsStore>.Instance));
        services.AddSingleton<IClaimsStore>(sp => sp.GetRequiredService<SqliteClaimsStore>());
        return services;
    }
}
