using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>
/// No Docker engine runs here (and the client has no compose plugin), so docker-compose.yml and the
/// Dockerfile are checked as documents: the structure compose needs, the wiring between the services,
/// and that every file the Dockerfile copies exists.
/// </summary>
public sealed partial class DockerDeploymentTests
{
    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(RepositoryFiles.Read("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static string Scalar(YamlNode node, string key) =>
        Assert.IsType<YamlScalarNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;

    [Fact]
    public void Neo4j_service_is_an_LTS_or_calendar_release_with_auth_from_environment_a_volume_and_a_healthcheck()
    {
        var compose = Compose();
        var neo4j = Map(Map(compose, "services"), "neo4j");

        Assert.Matches(@"^neo4j:(5\.26|2025\.\d+)", Scalar(neo4j, "image"));
        Assert.Matches(@"^neo4j/\$\{NEO4J_PASSWORD:-[^}]+\}$", Scalar(Map(neo4j, "environment"), "NEO4J_AUTH"));
        var volume = Assert.IsType<YamlSequenceNode>(neo4j.Children[new YamlScalarNode("volumes")]).Children.Single().ToString();
        Assert.EndsWith(":/data", volume);
        Assert.True(Map(compose, "volumes").Children.ContainsKey(new YamlScalarNode(volume.Split(':')[0])), "the data volume is declared");
        var test = Assert.IsType<YamlSequenceNode>(Map(neo4j, "healthcheck").Children[new YamlScalarNode("test")]);
        Assert.Contains(test.Children, c => c.ToString().Contains("cypher-shell", StringComparison.Ordinal));
    }

    [Fact]
    public void Api_service_is_built_here_waits_for_a_healthy_Neo4j_and_is_configured_for_it()
    {
        var compose = Compose();
        var services = Map(compose, "services");
        var api = Map(services, "api");
        var neo4jAuth = Scalar(Map(Map(services, "neo4j"), "environment"), "NEO4J_AUTH");

        var build = Map(api, "build");
        Assert.True(File.Exists(RepositoryFiles.PathOf(Path.Combine(Scalar(build, "context"), Scalar(build, "dockerfile")))));
        Assert.Equal("service_healthy", Scalar(Map(Map(api, "depends_on"), "neo4j"), "condition"));
        var environment = Map(api, "environment");
        Assert.Equal("Neo4j", Scalar(environment, "Storage__Provider"));
        Assert.Equal("http://neo4j:7474", Scalar(environment, "Neo4j__Uri"));
        Assert.Equal("neo4j", Scalar(environment, "Neo4j__User"));
        Assert.Equal(neo4jAuth["neo4j/".Length..], Scalar(environment, "Neo4j__Password")); // same password, same default
        var ports = Assert.IsType<YamlSequenceNode>(api.Children[new YamlScalarNode("ports")]);
        Assert.Contains(ports.Children, p => p.ToString().EndsWith(":8080", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_environment_keys_bind_to_the_options_the_store_reads()
    {
        var environment = Map(Map(Map(Compose(), "services"), "api"), "environment");
        var neo4jKeys = environment.Children.Keys.Select(k => k.ToString()).Where(k => k.StartsWith("Neo4j__", StringComparison.Ordinal));
        var properties = typeof(ClaimsGraph.Storage.Neo4j.Neo4jOptions).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.All(neo4jKeys, key => Assert.Contains(key["Neo4j__".Length..], properties));
    }

    [Fact]
    public void Dockerfile_is_multi_stage_runs_as_non_root_and_publishes_the_api()
    {
        var dockerfile = RepositoryFiles.Read("Dockerfile");

        Assert.True(FromLine().Matches(dockerfile).Count >= 2, "multi-stage");
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0", dockerfile);
        var user = UserLine().Matches(dockerfile).Last().Groups[1].Value.Trim();
        Assert.DoesNotMatch("^(root|0)$", user);
        Assert.Contains("dotnet publish src/ClaimsGraph.Api/ClaimsGraph.Api.csproj", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"ClaimsGraph.Api.dll\"]", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_copies_only_existing_files_and_every_project_the_api_needs_before_restore()
    {
        var dockerfile = RepositoryFiles.Read("Dockerfile");
        var sources = CopyLine().Matches(dockerfile).SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(RepositoryFiles.PathOf(source)) || Directory.Exists(RepositoryFiles.PathOf(source)), $"COPY source '{source}' does not exist"));

        var restore = dockerfile.IndexOf("dotnet restore", StringComparison.Ordinal);
        foreach (var project in ProjectClosure("src/ClaimsGraph.Api/ClaimsGraph.Api.csproj"))
        {
            var copy = dockerfile.IndexOf($"COPY {project} ", StringComparison.Ordinal);
            Assert.True(copy >= 0 && copy < restore, $"{project} must be copied before dotnet restore");
        }
    }

    [Fact]
    public void Dockerignore_keeps_local_build_output_and_databases_out_of_the_context()
    {
        var ignored = RepositoryFiles.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.Contains("*.db", ignored);
        Assert.DoesNotContain("src/", ignored);
        Assert.DoesNotContain("samples/", ignored);
    }

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([project]);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next)) continue;
            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(next)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, folder, reference.Attribute("Include")!.Value));
                queue.Enqueue(Path.GetRelativePath(RepositoryFiles.Root, full).Replace('\\', '/'));
            }
        }
        return seen;
    }

    [GeneratedRegex(@"(?m)^FROM\s")]
    private static partial Regex FromLine();

    [GeneratedRegex(@"(?m)^USER\s+(.+)$")]
    private static partial Regex UserLine();

    // COPY lines that read from the build context (not --from=stage).
    [GeneratedRegex(@"(?m)^COPY\s+(?!--from)(.+)$")]
    private static partial Regex CopyLine();
}
