using GraphQL.Types;

namespace ClaimsGraph.Api.Execution;

/// <summary>The fields to resolve on one object type, in response order, after fragments were merged.</summary>
public sealed class SelectionPlan(IObjectGraphType type, PlanField[] fields)
{
    public IObjectGraphType Type { get; } = type;

    public PlanField[] Fields { get; } = fields;
}
