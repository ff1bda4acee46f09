namespace ClaimsGraph.Cli.Tests.Bench;

/// <summary>
/// The API benchmark end to end on a small generated corpus: it first checks that GraphQL and the plain store
/// endpoint return the same data for every question (exit 1 otherwise), then measures every layer without errors.
/// Nothing here asserts a latency: the figures belong to docs/benchmarks.md, measured on a quiet machine.
/// </summary>
public sealed class BenchApiCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "claimsgraph-bench-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Bench_api_compares_the_same_data_in_every_layer_and_measures_them_all()
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "bench.db");
        var generate = await CliRunner.RunAsync("generate", "--articles", "300", "--db", db, "--seed", "7");
        Assert.True(generate.ExitCode == 0, generate.Output);

        var bench = await CliRunner.RunAsync("bench-api", "--db", db, "--seconds", "1", "--max-requests", "10", "--concurrency", "2");

        Assert.True(bench.ExitCode == 0, bench.Output);
        var rows = bench.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| question", StringComparison.Ordinal)).ToList();
        foreach (var question in new[] { "quotesAboutState", "whoSaidAbout", "path", "pathRare", "topSpeakers" })
            foreach (var layer in new[] { "store", "http+store", "graphql" })
                Assert.Single(rows, r => r.StartsWith($"| {question} | {layer} | 10 |", StringComparison.Ordinal) && r.Contains("| 0 |"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
