using GraphQLParser.AST;

namespace ClaimsGraph.Api.Http;

/// <summary>Which operation of a document a request runs: the one it names, or the only one when it names none.</summary>
public static class DocumentOperations
{
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (string.IsNullOrEmpty(operationName)) return operations.Count == 1 ? operations[0] : null;
        return operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
    }
}
