namespace ClaimsGraph.Domain.Model;

/// <summary>
/// One ingested news article. <see cref="Text"/> is the text the extraction ran over, so every span
/// stored with a fact indexes it. <see cref="ContentHash"/> is sha256 of that text: a re-ingest with the
/// same hash changes nothing.
/// </summary>
public sealed record Article(
    string Id,
    string? Url,
    string? Title,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    int WordCount,
    string ContentHash,
    string Text);
