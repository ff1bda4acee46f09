namespace ClaimsGraph.Api.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding ClaimsGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Operations => Path.Combine(Root, "schema", "operations");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClaimsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
