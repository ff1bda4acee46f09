using System.Text.Json;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A pooled connection per operation makes it safe to
/// share as a singleton; SQLite serialises writers (BEGIN IMMEDIATE) and readers see snapshots.
/// The read side, write side and graph search live in the other parts of this partial class.
/// </summary>
public sealed partial class SqliteClaimsStore : IClaimsStore, IDisposable
{
    private const string Provider = "sqlite";

    private readonly SqliteStoreOptions options;
    private readonly ILogger<SqliteClaimsStore> logger;
    private readonly string connectionString;
    private readonly SemaphoreSlim initLock = new(1, 1);
    private readonly SqliteReadConnections readConnections;
    private readonly SqliteDataVersion dataVersion;
    private readonly SqliteNodeCache<Entity> entityCache;
    private readonly SqliteNodeCache<Article> articleCache;
    private readonly SqliteNodeCache<Quote> quoteCache;
    private readonly SqliteNodeCache<IReadOnlyList<QuoteReport>> reportCache;
    private readonly SqliteNodeCache<IReadOnlyList<QuoteTarget>> targetCache;
    private volatile bool initialized;

    public SqliteClaimsStore(SqliteStoreOptions options, ILogger<SqliteClaimsStore> logger)
    {
        this.options = options;
        this.logger = logger;
        DatabasePath = Path.GetFullPath(options.Path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMilliseconds / 1000),
        }.ToString();
        readConnections = new SqliteReadConnections(connectionString, options.BusyTimeoutMilliseconds);
        dataVersion = new SqliteDataVersion(connectionString);
        entityCache = new SqliteNodeCache<Entity>(options.CachedEntities);
        articleCache = new SqliteNodeCache<Article>(options.CachedArticles, a => a.Text.Length <= options.MaxCachedArticleLength);
        quoteCache = new SqliteNodeCache<Quote>(options.CachedQuotes);
        reportCache = new SqliteNodeCache<IReadOnlyList<QuoteReport>>(options.CachedQuotes);
        targetCache = new SqliteNodeCache<IReadOnlyList<QuoteTarget>>(options.CachedQuotes);
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized) return;
        await initLock.WaitAsync(cancellationToken);
        try
        {
            if (initialized) return;
            var folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await GuardAsync(async () =>
            {
                await using var connection = await OpenAsync(cancellationToken);
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
                var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken));
                var migrations = SqliteSchema.Migrations;
                if (version > migrations.Count)
                    throw new StoreUnavailableException(
                        $"The SQLite file has schema version {version}, newer than this build knows ({migrations.Count}).");
                for (var i = version; i < migrations.Count; i++)
                {
                    await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    await ExecuteAsync(connection, migrations[i], cancellationToken, tx);
                    // user_version cannot take a parameter; the value is our own integer.
                    await ExecuteAsync(connection, $"PRAGMA user_version = {i + 1};", cancellationToken, tx);
                    await tx.CommitAsync(cancellationToken);
                    logger.LogInformation("SQLite store {Path}: applied schema migration {Version}", DatabasePath, i + 1);
                }
                return 0;
            });
            initialized = true;
        }
        finally
        {
            initLock.Release();
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeAsync(cancellationToken);
            return await ReadAsync(async connection =>
            {
                await ScalarAsync(connection, "SELECT 1 FROM articles LIMIT 1;", cancellationToken);
                return new StoreHealth(true, Provider, "SQLite file answers.");
            }, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            return new StoreHealth(false, Provider, ex.Message);
        }
    }

    /// <summary>Runs a read on a kept-open read-only connection, initialising the schema first if nobody did.</summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await GuardAsync(() => readConnections.UseAsync(work, cancellationToken));
    }

    public void Dispose()
    {
        readConnections.Dispose();
        dataVersion.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection, not per file: how long to wait for a writer, and WAL's safe-but-fast fsync level.
            await ExecuteAsync(connection,
                $"PRAGMA busy_timeout = {options.BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Turns "the file is locked, missing, corrupt or full" into the exception the API shows as STORE_UNAVAILABLE.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (SqliteException ex) when (IsUnavailable(ex))
        {
            logger.LogError(ex, "SQLite store {Path} unavailable (code {Code})", DatabasePath, ex.SqliteErrorCode);
            throw new StoreUnavailableException(UnavailableMessage(ex.SqliteErrorCode), ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            logger.LogError(ex, "SQLite store {Path} cannot be opened", DatabasePath);
            throw new StoreUnavailableException("The SQLite store cannot be opened: its file or folder is not accessible.", ex);
        }
    }

    // Primary result codes (extended codes carry them in the low byte).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteNoMem = 7, SqliteReadOnly = 8, SqliteIoErr = 10,
        SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteProtocol = 15, SqliteNotADb = 26;

    private static bool IsUnavailable(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked
        or SqliteNoMem or SqliteReadOnly or SqliteIoErr or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteProtocol
        or SqliteNotADb;

    private static string UnavailableMessage(int code) => (code & 0xFF) switch
    {
        SqliteBusy or SqliteLocked => "The SQLite store is busy: another writer holds the lock. Try again shortly.",
        SqliteCorrupt or SqliteNotADb => "The SQLite store's file is damaged or is not a ClaimsGraph database.",
        SqliteFull => "The SQLite store's disk is full.",
        SqliteReadOnly => "The SQLite store is read-only.",
        SqliteCantOpen => "The SQLite store's file cannot be opened.",
        _ => "The SQLite store cannot be read or written right now.",
    };

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var command = Command(connection, sql, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var command = Command(connection, sql, tx);
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Ids as one JSON parameter, read in SQL through json_each: one statement whatever the count.</summary>
    private static string IdList(IEnumerable<string> ids) =>
        JsonSerializer.Serialize((IReadOnlyCollection<string>)ids.Distinct(StringComparer.Ordinal).ToList(), SqliteJson.Default.IReadOnlyCollectionString);

    private static object Db(object? value) => value ?? DBNull.Value;

    private static long? Ticks(DateTimeOffset? value) => value?.UtcTicks;

    private static DateTimeOffset? FromTicks(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero);

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void CheckPage(PageRequest page)
    {
        if (page.Offset < 0) throw new ArgumentOutOfRangeException(nameof(page), "The page offset cannot be negative.");
        if (page.Limit < 0) throw new ArgumentOutOfRangeException(nameof(page), "The page size cannot be negative.");
    }
}
