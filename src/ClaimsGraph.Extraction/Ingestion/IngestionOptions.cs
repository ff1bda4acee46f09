namespace ClaimsGraph.Extraction.Ingestion;

/// <summary>Bound to configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>The largest article accepted, in UTF-8 bytes of its text or HTML (default 2 MB).</summary>
    public int MaxArticleBytes { get; set; } = 2 * 1024 * 1024;
}
