using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// Plans by document and operation name. Keyed by the document object, so a plan lives as long as the validated
/// document it was compiled from (<see cref="Http.ValidatedDocumentCache"/> bounds those), and a document that has
/// no plan remembers that too.
/// </summary>
public sealed class OperationPlanCache
{
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, OperationPlan?>> plans = new();

    public OperationPlan? For(GraphQLDocument document, string? operationName, ISchema schema)
    {
        var byOperation = plans.GetValue(document, _ => new ConcurrentDictionary<string, OperationPlan?>(StringComparer.Ordinal));
        // Looked up before adding: the factory's closure would be made on every request, not just the first.
        if (byOperation.TryGetValue(operationName ?? "", out var plan)) return plan;
        return byOperation.GetOrAdd(operationName ?? "", _ => OperationPlan.TryCompile(document, operationName, schema));
    }
}
