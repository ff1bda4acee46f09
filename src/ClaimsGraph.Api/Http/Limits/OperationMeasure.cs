namespace ClaimsGraph.Api.Http.Limits;

/// <summary>What the limits look at in one operation: its field depth, its cost and whether it introspects the schema.</summary>
public sealed record OperationMeasure(int Depth, long Cost, bool UsesIntrospection);
