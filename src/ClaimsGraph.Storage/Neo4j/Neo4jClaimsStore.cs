using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>
/// IClaimsStore on Neo4j through the HTTP Query API. The schema is created on first use (or by
/// <see cref="InitializeAsync"/>); when Neo4j is down, that fails with <see cref="StoreUnavailableException"/>
/// and is tried again on the next call, so the API can start before Neo4j does.
/// Reads are in Neo4jClaimsStore.Reads.cs, the upsert in Neo4jClaimsStore.Writes.cs.
/// </summary>
public sealed partial class Neo4jClaimsStore : IClaimsStore
{
    public const string ProviderName = "Neo4j";

    /// <summary>How long start-up waits for new indexes to come online; below the default request timeout.</summary>
    private const int IndexWaitSeconds = 20;

    private readonly Neo4jQueryClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jClaimsStore> _logger;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    public Neo4jClaimsStore(Neo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jClaimsStore> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized) return;
        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized) return;
            await Guard(async () =>
            {
                foreach (var statement in SchemaStatements.All)
                {
                    var parameters = statement.ParameterNames.Contains("timeoutSeconds")
                        ? new Dictionary<string, object?> { ["timeoutSeconds"] = IndexWaitSeconds }
                        : null;
                    await _client.RunAsync(statement.Text, parameters, cancellationToken).ConfigureAwait(false);
                }
                return true;
            }).ConfigureAwait(false);
            _initialized = true;
            _logger.LogInformation("Neo4j schema ready at {Uri}, database {Database}", _options.Uri, _options.Database);
        }
        catch (StoreUnavailableException e)
        {
            _logger.LogWarning("Neo4j schema not created yet ({Reason}); will retry on next use", e.Message);
            throw;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            await Guard(() => _client.RunAsync(ReadStatements.Ping.Text, null, cancellationToken)).ConfigureAwait(false);
            return new StoreHealth(true, ProviderName, $"Neo4j at {_options.Uri}, database '{_options.Database}'");
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, ProviderName, e.Message);
        }
    }

    /// <summary>Runs a read after making sure the schema exists, translating server-side failures.</summary>
    private async Task<T> ReadAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await Guard(read).ConfigureAwait(false);
    }

    private Task<Neo4jResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(statement.Text, parameters, cancellationToken);

    /// <summary>
    /// Transient errors that outlived the retries, server failures and misconfiguration (unknown database,
    /// forbidden) become StoreUnavailableException: the API answers STORE_UNAVAILABLE instead of a 500.
    /// Other client errors are bugs in a statement and stay as they are.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Neo4jTransientErrorException e)
        {
            throw new StoreUnavailableException($"Neo4j is temporarily unable to serve the request ({e.Code}).", e);
        }
        catch (Neo4jDatabaseErrorException e)
        {
            throw new StoreUnavailableException($"Neo4j failed ({e.Code}).", e);
        }
        catch (Neo4jClientErrorException e) when (e.Code.StartsWith("Neo.ClientError.Database.", StringComparison.Ordinal)
                                                  || e.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            throw new StoreUnavailableException(
                $"Neo4j refused the request ({e.Code}): check Neo4j:Database ('{_options.Database}') and the user's permissions.", e);
        }
    }

    private static void CheckPage(PageRequest page)
    {
        if (page.Offset < 0) throw new ArgumentOutOfRangeException(nameof(page), page.Offset, "Page offset must not be negative.");
        if (page.Limit < 0) throw new ArgumentOutOfRangeException(nameof(page), page.Limit, "Page limit must not be negative.");
    }

    private static void CheckFirst(int first)
    {
        if (first < 0) throw new ArgumentOutOfRangeException(nameof(first), first, "first must not be negative.");
    }
}
