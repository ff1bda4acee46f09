namespace ClaimsGraph.Extraction.Ingestion;

/// <summary>An article as it arrives: plain text or HTML (exactly one), and what is known about it.</summary>
public sealed record ArticleInput(
    string? Text,
    string? Html = null,
    string? Url = null,
    string? Title = null,
    string? Source = null,
    DateTimeOffset? PublishedAt = null);
