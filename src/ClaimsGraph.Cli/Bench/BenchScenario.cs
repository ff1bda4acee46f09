namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// One benchmarked question: its GraphQL operation, and the same data fetched directly from the store
/// (the batch calls the GraphQL data loaders make), shaped as the GraphQL response's data.
/// </summary>
public sealed record BenchScenario(string Name, string Query, object Variables, Func<CancellationToken, Task<object>> StoreCall);
