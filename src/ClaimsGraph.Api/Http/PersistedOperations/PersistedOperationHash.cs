using System.Security.Cryptography;
using System.Text;

namespace ClaimsGraph.Api.Http.PersistedOperations;

/// <summary>The hash Apollo clients send: sha256 of the UTF-8 query text, lowercase hex.</summary>
public static class PersistedOperationHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>Accepts "abc…" and the GraphQL-over-HTTP persisted-document form "sha256:abc…".</summary>
    public static string Normalize(string hashOrId) =>
        (hashOrId.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? hashOrId["sha256:".Length..] : hashOrId).ToLowerInvariant();
}
