namespace ClaimsGraph.Storage.Neo4j;

/// <summary>
/// Bound to configuration section <c>Neo4j</c> (environment: <c>Neo4j__Uri</c>, <c>Neo4j__Password</c> …).
/// <see cref="Token"/>, when set, wins over user/password (Bearer auth, e.g. Aura SSO).
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    public Uri Uri { get; set; } = new("http://localhost:7474");

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    public string? Token { get; set; }

    /// <summary>Per HTTP request; a request that takes longer fails as "store unavailable", not as a hang.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for refused connections, 503 and Neo.TransientError.*.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rows sent per <c>UNWIND $rows</c> statement; larger node lists are split in chunks of this size.</summary>
    public int BatchRows { get; set; } = 5_000;

    /// <summary>Articles written per transaction by bulk ingest.</summary>
    public int ArticlesPerTransaction { get; set; } = 50;
}
