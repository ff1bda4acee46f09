using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>Registers SqliteClaimsStore as the IClaimsStore singleton (options from <c>Storage:Sqlite</c>).</summary>
    public static IServiceCollection AddSqliteClaimsStore(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotImplementedException("The SQLite store is not written yet.");
}
