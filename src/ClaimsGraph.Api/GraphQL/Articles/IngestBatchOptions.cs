namespace ClaimsGraph.Api.GraphQL.Articles;

/// <summary>Bound to <c>Ingestion</c> next to the ingestor's own options; the API's batch limit.</summary>
public sealed class IngestBatchOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>The most articles one <c>ingestArticles</c> call may carry (default 100).</summary>
    public int MaxBatchSize { get; set; } = 100;
}
