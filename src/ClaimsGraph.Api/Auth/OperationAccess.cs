using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Http;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Auth;

/// <summary>
/// Who may run which operation: mutations always need a valid X-Api-Key, queries too with
/// <c>Auth:RequireKeyForReads</c>. Checked on the selected operation before execution, so a refused
/// operation never runs and nothing is written; the error's code is UNAUTHENTICATED. Checked here rather
/// than as validation rules so that a document validated before needs no validation walk at all.
/// </summary>
public static class OperationAccess
{
    public static void Require(OperationType? operation, bool hasValidApiKey, ApiKeyValidator apiKeys)
    {
        if (operation is null || hasValidApiKey) return;
        if (operation == OperationType.Mutation)
            throw new RequestRefusedException(ErrorCodes.Unauthenticated,
                $"Mutations need a valid API key in the {ApiKeyOptions.HeaderName} header.");
        if (apiKeys.RequireKeyForReads)
            throw new RequestRefusedException(ErrorCodes.Unauthenticated,
                $"This server needs a valid API key in the {ApiKeyOptions.HeaderName} header for queries too (Auth:RequireKeyForReads).");
    }
}
