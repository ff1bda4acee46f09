using System.Diagnostics;
using System.Text.Json;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.SpecAudit;

/// <summary>
/// Runs npm graphql-http's serverAudits (tests/ClaimsGraph.Api.Tests/http-audit, `npm ci` there first) against
/// the live server: every MUST and every SHOULD audit must pass. MAY audits are reported, not required.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static readonly string AuditFolder = Path.Combine(RepoPaths.Root, "tests", "ClaimsGraph.Api.Tests", "http-audit");

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        var results = await RunAuditsAsync();
        Assert.True(results.Count > 40, $"Only {results.Count} audits ran.");
        var failed = results
            .Where(r => (r.Name.StartsWith("MUST ", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD ", StringComparison.Ordinal)) && r.Status != "ok")
            .Select(r => $"{r.Id} {r.Name}: {r.Reason}")
            .ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join("\n", failed));
    }

    private async Task<IReadOnlyList<AuditResult>> RunAuditsAsync()
    {
        Assert.True(Directory.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http")),
            $"graphql-http is not installed: run `npm ci` in {AuditFolder}.");
        var start = new ProcessStartInfo("node", ["audit.mjs", server.GraphQLUrl])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node audit.mjs exited {node.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("audit.mjs printed null");
    }
}
