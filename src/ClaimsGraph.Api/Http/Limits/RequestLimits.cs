using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Http.Limits;

/// <summary>Checks a request against the configured limits before it runs; a breach throws <see cref="RequestRefusedException"/>.</summary>
public sealed class RequestLimits(IOptions<GraphQLLimitsOptions> options, OperationMeasurer measurer, IGraphQLTextSerializer serializer)
{
    public TimeSpan ExecutionTimeout => options.Value.ExecutionTimeout;

    /// <summary>
    /// Serialized JSON can be at most this many times the bytes it was read from (one byte such as ' becomes \u0027),
    /// so a request read from fewer than limit / 6 bytes needs no measuring.
    /// </summary>
    private const int MaxJsonExpansion = 6;

    public void CheckVariables(Inputs? variables, long? requestBytes = null)
    {
        if (variables is null || variables.Count == 0) return;
        var limit = options.Value.MaxVariablesBytes;
        if (requestBytes * MaxJsonExpansion <= limit) return;
        var size = System.Text.Encoding.UTF8.GetByteCount(serializer.Serialize(variables));
        if (size > limit)
            throw new RequestRefusedException(RequestLimitCodes.VariablesTooLarge,
                $"The variables take {size:N0} bytes; the limit is {limit:N0} (GraphQL:MaxVariablesBytes).");
    }

    public void CheckDocument(GraphQLDocument document, string? operationName, Inputs? variables)
    {
        var limits = options.Value;
        var measure = measurer.Measure(document, operationName, variables);
        if (measure.UsesIntrospection && !limits.EnableIntrospection)
            throw new RequestRefusedException(RequestLimitCodes.IntrospectionDisabled,
                "Introspection (__schema, __type) is turned off here (GraphQL:EnableIntrospection).");
        if (measure.Depth > limits.MaxDepth)
            throw new RequestRefusedException(RequestLimitCodes.QueryTooDeep,
                $"The operation nests fields {measure.Depth} deep; the limit is {limits.MaxDepth} (GraphQL:MaxDepth).");
        if (measure.Cost > limits.MaxCost)
            throw new RequestRefusedException(RequestLimitCodes.QueryTooCostly,
                $"The operation costs {measure.Cost:N0}; the limit is {limits.MaxCost:N0} (GraphQL:MaxCost). Ask for smaller pages (first/last) or fewer nested lists.");
    }
}
