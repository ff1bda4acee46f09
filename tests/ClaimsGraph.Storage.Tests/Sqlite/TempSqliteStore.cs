using ClaimsGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>SQLite stores on temporary files, deleted (with their WAL files) when the test ends.</summary>
public sealed class TempSqliteStores : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "claimsgraph-tests", Guid.NewGuid().ToString("N"));

    public string NewPath() => Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");

    public SqliteClaimsStore Create(string? path = null) =>
        new(new SqliteStoreOptions { Path = path ?? NewPath() }, NullLogger<SqliteClaimsStore>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection of another test: the OS temp cleaner takes it.
        }
    }
}
