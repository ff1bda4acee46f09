namespace ClaimsGraph.Api.Startup;

/// <summary>Bound to <c>Samples</c>: what to ingest when the store starts empty.</summary>
public sealed class SamplesOptions
{
    public const string SectionName = "Samples";

    public bool IngestWhenEmpty { get; set; } = true;

    /// <summary>Folder of *.txt articles; default: the nearest <c>samples/</c> at or above the content root.</summary>
    public string? Path { get; set; }
}
