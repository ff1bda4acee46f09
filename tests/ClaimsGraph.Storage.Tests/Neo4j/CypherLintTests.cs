using System.Diagnostics;
using System.Text.Json;
using ClaimsGraph.Storage.Neo4j.Cypher;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>
/// Every statement the store can send goes through Neo4j's own Cypher parser (npm
/// @neo4j-cypher/language-support): any error or deprecation warning fails the test.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public void Catalog_names_are_unique()
    {
        var duplicates = CypherCatalog.All().GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_statement_is_valid_for_Neo4j()
    {
        var folder = LintFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail($"The Cypher linter is not installed: run `npm ci` in {folder}.");
        }

        var statements = CypherCatalog.All();
        var input = Path.Combine(Path.GetTempPath(), $"claimsgraph-cypher-{Guid.NewGuid():N}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(
            statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.ParameterNames })));
        try
        {
            var (exitCode, stdout, stderr) = RunNode(folder, input);
            Assert.True(stdout.Length > 0, $"The linter printed nothing (exit {exitCode}): {stderr}");
            using var report = JsonDocument.Parse(stdout);
            Assert.Equal(statements.Count, report.RootElement.GetProperty("checked").GetInt32());
            var problems = report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("name").GetString()}: {p.GetProperty("severity").GetString()}: " +
                             $"{p.GetProperty("message").GetString()} near «{p.GetProperty("excerpt").GetString()}»")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Equal(0, exitCode);
        }
        finally
        {
            File.Delete(input);
        }
    }

    // Linting is ~50 ms a statement on an idle machine but can reach seconds on a loaded one: hence the generous bound.
    private static (int ExitCode, string Stdout, string Stderr) RunNode(string folder, string input)
    {
        var start = new ProcessStartInfo("node", ["lint-cypher.mjs", input])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The Cypher linter did not finish within 10 minutes.");
        }
        return (process.ExitCode, stdout.Result.Trim(), stderr.Result);
    }

    private static string LintFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ClaimsGraph.Storage.Tests", "cypher-lint");
            if (File.Exists(Path.Combine(candidate, "lint-cypher.mjs"))) return candidate;
        }
        throw new DirectoryNotFoundException("tests/ClaimsGraph.Storage.Tests/cypher-lint not found above " + AppContext.BaseDirectory);
    }
}
