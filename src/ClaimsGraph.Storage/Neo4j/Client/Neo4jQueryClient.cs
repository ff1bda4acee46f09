using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>
/// A small client for Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): implicit queries and explicit
/// transactions, typed JSON both ways. Connectivity problems (refused, 503, timeout, wrong password) surface
/// as <see cref="StoreUnavailableException"/>; errors Neo4j reports in the body surface as
/// <see cref="Neo4jException"/> subclasses, whatever the HTTP status (older servers answer 202 for a failed query).
/// </summary>
public sealed class Neo4jQueryClient
{
    public const string HttpClientName = "Neo4j";
    public const string MediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jQueryClient> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly Uri _queryUri;

    public Neo4jQueryClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ILogger<Neo4jQueryClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _logger = logger;
        _retry = BuildRetry(_options, logger);
        var root = _options.Uri.AbsoluteUri.EndsWith('/') ? _options.Uri : new Uri(_options.Uri.AbsoluteUri + "/");
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(_options.Database)}/query/v2");
    }

    public Uri QueryUri => _queryUri;

    /// <summary>Runs one statement in an implicit (auto-commit) transaction, retrying transient failures.</summary>
    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Guard(async () => (await _retry.ExecuteAsync(
            async ct => await SendAsync(HttpMethod.Post, _queryUri, StatementBody(statement, parameters), null, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false)).Result);

    /// <summary>
    /// Opens an explicit transaction, optionally running a first statement in the same round trip.
    /// The caller commits or rolls back; disposing an open transaction rolls it back.
    /// </summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(
        string? statement = null, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Guard(async () => await _retry.ExecuteAsync(
            async ct => await BeginOnceAsync(statement, parameters, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. A transient failure anywhere
    /// (deadlock, refused connection, 503) rolls back and re-runs the whole unit, so work must be repeatable.
    /// </summary>
    /// <remarks><paramref name="firstStatement"/> runs with the open request (see <see cref="Neo4jTransaction.FirstResult"/>), saving a round trip.</remarks>
    public Task<T> ExecuteWriteAsync<T>(
        Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        string? firstStatement = null,
        IReadOnlyDictionary<string, object?>? firstParameters = null,
        CancellationToken cancellationToken = default) =>
        Guard(() => _retry.ExecuteAsync(async ct =>
        {
            await using var tx = await BeginOnceAsync(firstStatement, firstParameters, ct).ConfigureAwait(false);
            var result = await work(tx, ct).ConfigureAwait(false);
            if (!tx.IsFinished) await tx.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }, cancellationToken).AsTask());

    private async Task<Neo4jTransaction> BeginOnceAsync(string? statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        var body = statement is null ? null : StatementBody(statement, parameters);
        var response = await SendAsync(HttpMethod.Post, new Uri(_queryUri + "/tx"), body, null, ct).ConfigureAwait(false);
        var id = response.TransactionId
            ?? throw new Neo4jDatabaseErrorException("ClaimsGraph.Protocol", "Neo4j opened a transaction without returning its id.");
        return new Neo4jTransaction(this, id, response.Affinity, response.Result);
    }

    internal async Task<Neo4jResult> RunInTransactionAsync(
        Neo4jTransaction tx, string suffix, HttpMethod method, string? body, CancellationToken ct)
    {
        var uri = new Uri($"{_queryUri}/tx/{Uri.EscapeDataString(tx.Id)}{suffix}");
        var response = await SendAsync(method, uri, body, tx.ClusterAffinity, ct).ConfigureAwait(false);
        return response.Result;
    }

    internal static string StatementBody(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                writer.WritePropertyName("parameters");
                Neo4jTypedJson.WriteParameters(writer, parameters);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<Neo4jResponse> SendAsync(HttpMethod method, Uri uri, string? body, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        request.Headers.Authorization = Authorization();
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        try
        {
            var http = _httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return Neo4jResponse.Parse(response, text, _options);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer {method} {uri.AbsolutePath} within {_options.RequestTimeout.TotalSeconds:0.#} s.");
        }
    }

    private AuthenticationHeaderValue? Authorization()
    {
        if (!string.IsNullOrEmpty(_options.Token)) return new AuthenticationHeaderValue("Bearer", _options.Token);
        if (_options.Password is null) return null;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
        return new AuthenticationHeaderValue("Basic", basic);
    }

    // Turns connectivity failures that survived the retries into the one exception the API maps to STORE_UNAVAILABLE.
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new StoreUnavailableException($"Neo4j at {_options.Uri} is unreachable ({e.HttpRequestError}: {e.Message}).", e);
        }
        catch (Neo4jUnavailableException e)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
        catch (TimeoutException e)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
    }

    private static ResiliencePipeline BuildRetry(Neo4jOptions options, ILogger logger)
    {
        if (options.MaxRetries <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<Neo4jTransientErrorException>()
                    .Handle<Neo4jUnavailableException>(e => e.IsRetryable),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning("Neo4j call failed ({Error}); retry {Attempt} in {Delay}",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }
}

/// <summary>
/// Neo4j is there but will not serve us: 401 (not retried: the password will not change) or 502/503/504 (retried).
/// Its message is meant for operators and API clients alike.
/// </summary>
public sealed class Neo4jUnavailableException(string message, bool isRetryable) : Exception(message)
{
    public bool IsRetryable { get; } = isRetryable;
}
