using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.PersistedOperations;

/// <summary>Persisted-operation requests as Apollo clients and id-based clients send them.</summary>
internal static class PersistedOperationTestRequests
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static Task<GraphQLResponse> PostJsonAsync(this GraphQLClient client, object body) =>
        client.SendRawAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(body), "application/json",
            "application/graphql-response+json", null);

    public static Task<GraphQLResponse> PostPersistedAsync(this GraphQLClient client, string? query, string hash) =>
        client.PostJsonAsync(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["extensions"] = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

    public static string ReadOperation(string name) => File.ReadAllText(Path.Combine(RepoPaths.Operations, name + ".graphql"));
}
