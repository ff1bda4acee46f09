namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>Finds files of the repository from the test's bin folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsGraph.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("ClaimsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
