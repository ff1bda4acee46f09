namespace ClaimsGraph.Extraction.Pipeline;

/// <summary>Bound to configuration section <c>Extraction</c>.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>
    /// Read two apostrophes (<c>''…''</c>) as a quotation mark, as the New York Times' archive feeds write quotes.
    /// Off by default: in other text the pair is rare and not a quote, and PolNeAR, which the pipeline is measured on,
    /// counts these NYT quotes as indirect speech (docs/extraction.md, "Still missed"). Turn it on for NYT-style feeds.
    /// </summary>
    public bool DoubleApostropheQuotes { get; set; }
}
