namespace ClaimsGraph.Api.Execution;

/// <summary>Configuration section <c>GraphQL:CompiledQueries</c>.</summary>
public sealed class CompiledQueryOptions
{
    public const string SectionName = "GraphQL:CompiledQueries";

    /// <summary>Run repeated queries on compiled plans (default). Off, every request runs through GraphQL.NET.</summary>
    public bool Enabled { get; set; } = true;
}
