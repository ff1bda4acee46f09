namespace ClaimsGraph.Cli.Bench;

/// <summary>One benchmarked question, asked through GraphQL over HTTP and directly of the store for the same data.</summary>
public sealed record BenchScenario(string Name, string Query, object Variables, Func<CancellationToken, Task> StoreCall);
