using ClaimsGraph.Extraction.Ingestion;

namespace ClaimsGraph.Cli.Ingest;

/// <summary>
/// One article found on disk, or why what was found is not one. <see cref="Origin"/> says where it came
/// from ("folder/a.txt", "feed.jsonl:12") for the summary; <see cref="Bytes"/> drives the progress bar.
/// </summary>
public sealed record IngestItem(string Origin, ArticleInput? Input, string? Error, long Bytes)
{
    public static IngestItem Article(string origin, ArticleInput input, long bytes) => new(origin, input, null, bytes);

    public static IngestItem Failure(string origin, string error, long bytes) => new(origin, null, error, bytes);
}
