namespace ClaimsGraph.Api.Http.Limits;

/// <summary>
/// The request limits, bound to the <c>GraphQL</c> section (keys <c>GraphQL:MaxDepth</c>, <c>GraphQL:MaxCost</c>,
/// <c>GraphQL:ExecutionTimeout</c>, <c>GraphQL:EnableIntrospection</c>, <c>GraphQL:MaxVariablesBytes</c>;
/// the body limit <c>GraphQL:MaxRequestBytes</c> is on <see cref="GraphQLHttpOptions"/> because the reader enforces it).
/// Every refusal names the key so an operator knows what to raise.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Deepest field nesting allowed (introspection fields excluded: the IDE's type query is deep by nature).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest cost allowed; the formula is in <see cref="OperationMeasurer"/> and docs/api.md "Limits".</summary>
    public int MaxCost { get; set; } = 20_000;

    /// <summary>Longest an operation may run before it is cancelled with TIMEOUT.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> are answered (<c>__typename</c> always is).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Largest <c>variables</c> object, measured as compact UTF-8 JSON.</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;
}
