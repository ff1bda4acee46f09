using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>The seed article, read from samples/ once and extracted once for all seed tests.</summary>
public static class SeedArticle
{
    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(Path.Combine(RepoRoot(), "samples", "000_215a5391f5d1a542.txt")));
    private static readonly Lazy<ExtractionResult> LazyResult = new(() => new ExtractionPipeline().Extract(Text, new DateTimeOffset(2024, 4, 5, 9, 0, 0, TimeSpan.Zero)));

    public static string Text => LazyText.Value;

    public static ExtractionResult Result => LazyResult.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimsGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (ClaimsGraph.sln) not found.");
    }
}
