namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>
/// An open explicit transaction. Every call sends back the <c>neo4j-cluster-affinity</c> header the server
/// gave at open, so a load balancer in front of a cluster routes the whole transaction to one member.
/// Neo4j rolls back transactions idle for 60 s, so units of work should not wait between statements.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? clusterAffinity, Neo4jResult firstResult)
    {
        _client = client;
        Id = id;
        ClusterAffinity = clusterAffinity;
        FirstResult = firstResult;
    }

    public string Id { get; }

    public string? ClusterAffinity { get; }

    /// <summary>The result of the statement sent with the open request (empty when none was).</summary>
    public Neo4jResult FirstResult { get; }

    public bool IsFinished { get; private set; }

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsFinished, this);
        return _client.RunInTransactionAsync(this, "", HttpMethod.Post, Neo4jQueryClient.StatementBody(statement, parameters), cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsFinished, this);
        IsFinished = true;
        await _client.RunInTransactionAsync(this, "/commit", HttpMethod.Post, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (IsFinished) return;
        IsFinished = true;
        await _client.RunInTransactionAsync(this, "", HttpMethod.Delete, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rolls back when neither committed nor rolled back (also after a failed statement, which Neo4j may already
    /// have rolled back: the DELETE is then answered with an error that is ignored, as is an unreachable server,
    /// which times the transaction out by itself).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (IsFinished) return;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await RollbackAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Neo4jException or Neo4jUnavailableException or TimeoutException)
        {
            // Best effort: a transaction we cannot reach is rolled back by the server after its idle timeout.
        }
    }
}
