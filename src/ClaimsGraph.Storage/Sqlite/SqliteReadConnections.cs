using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Read connections kept open between reads, read-only (<c>query_only</c>), each with the statements it has
/// compiled: a read then costs binding and stepping, not opening, pragmas and compiling its SQL again.
/// WAL gives every new read transaction the latest committed snapshot, so an open connection never reads stale
/// data. A connection that failed is closed rather than returned.
/// </summary>
internal sealed class SqliteReadConnections(string connectionString, int busyTimeoutMilliseconds) : IDisposable
{
    // Beyond the requests that can run at once on a small machine an idle connection only holds memory.
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<SqliteConnection> idle = [];
    private volatile bool disposed;

    public async Task<T> UseAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = idle.TryTake(out var open) ? open : await OpenAsync(cancellationToken);
        T result;
        try
        {
            result = await work(connection);
        }
        catch
        {
            Close(connection);
            throw;
        }
        if (disposed || idle.Count >= MaxIdle) Close(connection);
        else idle.Add(connection);
        return result;
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var connection)) Close(connection);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            // Our own integer; a pragma takes no parameter.
            pragmas.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA query_only = ON;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void Close(SqliteConnection connection)
    {
        SqliteStatements.Forget(connection);
        connection.Dispose();
    }
}

/// <summary>
/// Compiled statements per connection, by SQL text. A command keeps its prepared statements between executions
/// as long as its text is unchanged, so reusing the command skips SQLite's compiler. Bounded per connection.
/// </summary>
internal static class SqliteStatements
{
    private const int MaxPerConnection = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Cache = new();

    /// <summary>The connection's command for <paramref name="sql"/>, parameters cleared, in <paramref name="tx"/>. Do not dispose it.</summary>
    public static SqliteCommand For(SqliteConnection connection, string sql, SqliteTransaction? tx)
    {
        var commands = Cache.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaxPerConnection) Forget(commands);
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = tx;
        return command;
    }

    public static void Forget(SqliteConnection connection)
    {
        if (Cache.TryGetValue(connection, out var commands)) Forget(commands);
        Cache.Remove(connection);
    }

    private static void Forget(Dictionary<string, SqliteCommand> commands)
    {
        foreach (var command in commands.Values) command.Dispose();
        commands.Clear();
    }
}
