namespace ClaimsGraph.Api.Auth;

/// <summary>
/// Bound to <c>Auth</c>. Named keys are stored as SHA-256 hashes (<c>Auth:Keys:0:Name</c>, <c>Auth:Keys:0:Hash</c>);
/// removing an entry revokes that key. The older plain list <c>Auth:ApiKeys</c> still works and is hashed at load.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Auth";

    public const string HeaderName = "X-Api-Key";

    public string[] ApiKeys { get; set; } = [];

    public NamedApiKey[] Keys { get; set; } = [];

    /// <summary>When true, queries need a valid key too; mutations always do.</summary>
    public bool RequireKeyForReads { get; set; }
}

/// <summary>One accepted key: who holds it (for logs and rate limits) and the lowercase hex SHA-256 of the key.</summary>
public sealed class NamedApiKey
{
    public string Name { get; set; } = "";

    public string Hash { get; set; } = "";
}
