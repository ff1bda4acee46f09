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

        var bench = await CliRunner.RunAsync("bench-api", "--db", db, "--seconds", "1", "--warmup", "0", "--max-requests", "10", "--concurrency", "2");

        Assert.True(bench.ExitCode == 0, bench.Output);
        var rows = bench.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| question", StringComparison.Ordinal)).ToList();
        foreach (var question in new[] { "quotesAboutState", "whoSaidAbout", "path", "pathRare", "topSpeakers" })
            foreach (var layer in new[] { "store", "http+store", "graphql" })
                Assert.Single(rows, r => r.StartsWith($"| {question} | {layer} | 10 |", StringComparison.Ordinal) && r.Contains("| 0 |"));
    }

    [Fact]
    public async Task Bench_api_serve_writes_wrk_scripts_whose_requests_the_running_api_answers()
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "bench.db");
        var scripts = Path.Combine(folder, "wrk");
        Assert.Equal(0, (await CliRunner.RunAsync("generate", "--articles", "200", "--db", db, "--seed", "3")).ExitCode);

        using var server = CliRunner.Start("bench-api", "--db", db, "--serve", scripts);
        try
        {
            await AnswersEveryScriptAsync(await ServingAddressAsync(server), scripts);

            // Stops on SIGTERM like a service, exit code 0.
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await server.WaitForExitAsync(stopped.Token);
            Assert.Equal(0, server.ExitCode);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }

    private static async Task AnswersEveryScriptAsync(string address, string scripts)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var question in new[] { "quotesAboutState", "whoSaidAbout", "path", "pathRare", "topSpeakers" })
        {
            foreach (var layer in new[] { "graphql", "plain" })
            {
                var script = await File.ReadAllTextAsync(Path.Combine(scripts, $"{question}.{layer}.lua"));
                using var content = new StringContent(LuaValue(script, "wrk.body"), System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(LuaValue(script, "wrk.path"), content);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, body);
                Assert.Contains("\"data\"", body);
                Assert.DoesNotContain("\"errors\"", body);
            }
        }
    }

    private static async Task<string> ServingAddressAsync(System.Diagnostics.Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("Serving ", StringComparison.Ordinal)) return line["Serving ".Length..].Split(';')[0];
        throw new Xunit.Sdk.XunitException("bench-api --serve ended without serving: " + await server.StandardError.ReadToEndAsync());
    }

    /// <summary>The string a wrk script assigns to a variable (written as a JSON string literal, which Lua reads the same).</summary>
    private static string LuaValue(string script, string variable)
    {
        var line = script.Split('\n').Single(l => l.StartsWith(variable + " = ", StringComparison.Ordinal));
        return System.Text.Json.JsonSerializer.Deserialize<string>(line[(variable.Length + 3)..])!;
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
