namespace ClaimsGraph.Api.Ide;

/// <summary>Bound to <c>Ide</c>.</summary>
public sealed class IdeOptions
{
    public const string SectionName = "Ide";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Folder holding the Banana Cake Pop static build (index.html, static/…). Default: <c>ide/</c> next to
    /// the binaries (copied at build), else the npm package under <c>Ide/node_modules</c> of the content root.
    /// </summary>
    public string? Path { get; set; }

    public string Title { get; set; } = "ClaimsGraph";
}
