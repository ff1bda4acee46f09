namespace ClaimsGraph.Extraction.Pipeline;

/// <summary>The extraction pipeline: pure, deterministic, no I/O; never throws on any input text.</summary>
public interface IArticleExtractor
{
    /// <param name="text">The article text; every offset in the result indexes it.</param>
    /// <param name="publishedAt">When known, relative dates ("on Friday") are resolved against it.</param>
    ExtractionResult Extract(string text, DateTimeOffset? publishedAt = null);
}
