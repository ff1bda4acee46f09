namespace ClaimsGraph.Api.Auth;

/// <summary>What the transport learned about the caller, handed to GraphQL.NET as the user context.</summary>
public sealed class ClaimsGraphUserContext : Dictionary<string, object?>
{
    public bool HasValidApiKey { get; init; }
}
