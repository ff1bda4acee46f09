namespace ClaimsGraph.Api.Auth;

/// <summary>Bound to <c>Auth</c>: <c>Auth:ApiKeys</c> is an array (environment <c>Auth__ApiKeys__0=…</c>).</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Auth";

    public const string HeaderName = "X-Api-Key";

    public string[] ApiKeys { get; set; } = [];
}
