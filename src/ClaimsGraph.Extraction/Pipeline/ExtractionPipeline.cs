namespace ClaimsGraph.Extraction.Pipeline;

/// <summary>Runs the stages in order: text → sentences → mentions → coreference → quotes → targets → events.</summary>
public sealed class ExtractionPipeline : IArticleExtractor
{
    public ExtractionResult Extract(string text, DateTimeOffset? publishedAt = null)
    {
        // Placeholder until the stages land: finds nothing, which is honest and never throws.
        return ExtractionResult.Empty;
    }
}
