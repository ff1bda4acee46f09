using GraphQLParser.AST;

namespace ClaimsGraph.Api.Http;

/// <summary>Which operation of a document a request runs: the one it names, or the only one when it names none.</summary>
public static class DocumentOperations
{
    // Runs on every request: a walk over the definitions, no list and no name string made.
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (string.IsNullOrEmpty(operationName))
            {
                if (only is not null) return null;
                only = operation;
            }
            else if (operation.Name is { } name && name.Value.Span.SequenceEqual(operationName))
            {
                return operation;
            }
        }
        return string.IsNullOrEmpty(operationName) ? only : null;
    }
}
