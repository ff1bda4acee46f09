using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Tells whether anything was committed to the database file since the last look, by this process or any
/// other (the CLI can ingest into the file the API is serving). One dedicated read-only connection asks SQLite's
/// <c>PRAGMA data_version</c>, which changes whenever another connection commits; this connection never writes,
/// so every commit counts. A reopened connection starts a new epoch, since its counter starts over.
/// </summary>
internal sealed class SqliteDataVersion(string connectionString) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private SqliteCommand? pragma;
    private long epoch;
    private bool disposed;

    /// <summary>A value that differs from every earlier one once a commit has happened in between.</summary>
    public (long Epoch, long Version) Current()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            try
            {
                if (pragma is null) Open();
                return (epoch, (long)pragma!.ExecuteScalar()!);
            }
            catch
            {
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Close();
        }
    }

    private void Open()
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA query_only = ON;";
            setup.ExecuteNonQuery();
        }
        pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA data_version;";
        epoch++;
    }

    private void Close()
    {
        pragma?.Dispose();
        connection?.Dispose();
        pragma = null;
        connection = null;
    }
}
