using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Http.Limits;
using GraphQL.Transport;

namespace ClaimsGraph.Api.Http.PersistedOperations;

/// <summary>
/// Finds the query text a request runs: by id (<c>id</c> or <c>documentId</c>: a registered hash or name), by
/// Apollo's <c>extensions.persistedQuery.sha256Hash</c> (registering the text when it comes along and its
/// hash checks out), or as sent. With OnlyRegistered, a text that is not a registered operation is refused.
/// </summary>
public sealed class PersistedOperationResolver(PersistedOperationRegistry registry)
{
    public string? ResolveQuery(GraphQLRequest request)
    {
        if (request.DocumentId is { } id)
        {
            return registry.FindRegistered(id)?.Query
                ?? throw new RequestRefusedException(RequestLimitCodes.PersistedQueryNotFound,
                    $"No registered operation has the id '{id}' (schema/operations/*.graphql: file name, operation name or sha256).");
        }

        if (ReadPersistedQuery(request) is { } hash)
        {
            if (string.IsNullOrEmpty(request.Query))
            {
                // Apollo clients recognise this exact message and retry with the full text.
                return registry.FindByHash(hash)?.Query
                    ?? throw new RequestRefusedException(RequestLimitCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
            }
            var actual = PersistedOperationHash.Of(request.Query);
            if (!string.Equals(actual, hash, StringComparison.Ordinal))
                throw new RequestRefusedException(RequestLimitCodes.PersistedQueryHashMismatch,
                    $"extensions.persistedQuery.sha256Hash is {hash} but the query's sha256 is {actual}.");
            RequireRegistered(request.Query);
            registry.Cache(hash, request.Query);
            return request.Query;
        }

        if (request.Query is not null) RequireRegistered(request.Query);
        return request.Query;
    }

    private void RequireRegistered(string query)
    {
        if (registry.OnlyRegistered && !registry.IsRegistered(query))
            throw new RequestRefusedException(RequestLimitCodes.OperationNotRegistered,
                "Only registered operations may run here (GraphQL:PersistedOperations:OnlyRegistered); send {\"id\": \"<name or sha256>\"} of one in schema/operations.");
    }

    /// <summary>The lowercase sha256 of <c>extensions.persistedQuery</c>, or null when the request has none.</summary>
    private static string? ReadPersistedQuery(GraphQLRequest request)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue("persistedQuery", out var value) || value is null) return null;
        if (value is not IDictionary<string, object?> persisted)
            throw new RequestRefusedException(ErrorCodes.BadRequest, "extensions.persistedQuery must be an object {version: 1, sha256Hash}.");
        if (!persisted.TryGetValue("version", out var version) || !IsOne(version))
            throw new RequestRefusedException(ErrorCodes.BadRequest, "extensions.persistedQuery.version must be 1.");
        if (!persisted.TryGetValue("sha256Hash", out var hash) || hash is not string text || text.Length != 64 || !text.All(Uri.IsHexDigit))
            throw new RequestRefusedException(ErrorCodes.BadRequest, "extensions.persistedQuery.sha256Hash must be 64 hex digits.");
        return text.ToLowerInvariant();
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double f => f == 1,
        System.Numerics.BigInteger b => b == 1,
        _ => false,
    };
}
