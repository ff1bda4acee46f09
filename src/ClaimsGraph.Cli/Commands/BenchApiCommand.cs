using System.ComponentModel;
using System.Text.Json.Nodes;
using ClaimsGraph.Api.Extensions;
using ClaimsGraph.Cli.Bench;
using ClaimsGraph.Domain.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>
/// <c>claimsgraph bench-api --db PATH</c>: starts the API on a free loopback port over an existing SQLite
/// database and measures, per benchmark question, p50/p99 latency and requests/s at N concurrent clients,
/// through GraphQL over HTTP and directly against the store. Bounded in time and in count; loopback only.
/// Prints a Markdown table (the format of docs/benchmarks.md).
/// </summary>
public sealed class BenchApiCommand : AsyncCommand<BenchApiCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <PATH>")]
        [Description("SQLite database made by `claimsgraph generate`.")]
        public string Db { get; init; } = "";

        [CommandOption("--concurrency <N>")]
        [Description("Concurrent clients (default 16).")]
        public int Concurrency { get; init; } = 16;

        [CommandOption("--seconds <S>")]
        [Description("Seconds per scenario and layer (default 10, at most 120).")]
        public int Seconds { get; init; } = 10;

        [CommandOption("--warmup <S>")]
        [Description("Seconds of unrecorded load before each run (default 5; 0 for none).")]
        public int WarmupSeconds { get; init; } = 5;

        [CommandOption("--max-requests <N>")]
        [Description("Stop a run after this many requests even if time remains (default 200000).")]
        public int MaxRequests { get; init; } = 200_000;

        [CommandOption("--serve <DIR>")]
        [Description("Measure nothing: write one wrk script per question and layer into DIR, print the address and serve until stopped (tests/bench/run-wrk-bench.sh).")]
        public string? ServeScriptsDir { get; init; }

        [CommandOption("--port <PORT>")]
        [Description("Loopback port to listen on (default: a free one).")]
        public int Port { get; init; }

        [CommandOption("--only <NAME>")]
        [Description("Run one scenario: quotesAboutState, whoSaidAbout, path, pathRare or topSpeakers.")]
        public string? Only { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Db) ? Spectre.Console.ValidationResult.Error("--db is required.")
            : !File.Exists(Db) ? Spectre.Console.ValidationResult.Error($"No database at {Db}; make one with `claimsgraph generate`.")
            : Concurrency is < 1 or > 256 ? Spectre.Console.ValidationResult.Error("--concurrency must be 1..256.")
            : Seconds is < 1 or > 120 ? Spectre.Console.ValidationResult.Error("--seconds must be 1..120.")
            : WarmupSeconds is < 0 or > 120 ? Spectre.Console.ValidationResult.Error("--warmup must be 0..120.")
            : MaxRequests < 1 ? Spectre.Console.ValidationResult.Error("--max-requests must be positive.")
            : Port is < 0 or > 65535 ? Spectre.Console.ValidationResult.Error("--port must be 0..65535.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var plainEndpoints = new Dictionary<string, BenchScenario>(StringComparer.Ordinal);
        await using var app = await StartApiAsync(settings.Db, settings.Port, plainEndpoints);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency }) { BaseAddress = new Uri(address) };
        var client = new LoopbackBenchClient(http);
        var store = app.Services.GetRequiredService<IClaimsStore>();
        var stats = await store.GetStatsAsync(cancellationToken);
        var runner = new LoadRunner(settings.Concurrency, TimeSpan.FromSeconds(settings.Seconds), settings.MaxRequests, warmupCalls: 20,
            TimeSpan.FromSeconds(settings.WarmupSeconds));

        var scenarios = await BenchScenarios.CreateAsync(store, cancellationToken);
        foreach (var scenario in scenarios) plainEndpoints[scenario.Name] = scenario;
        // The layers are only comparable if they return the same data.
        foreach (var scenario in scenarios)
        {
            var (graphql, plain) = (await client.DataAsync(scenario.Query, scenario.Variables, cancellationToken),
                await client.DataAsync(PlainPath + scenario.Name, cancellationToken));
            if (!JsonNode.DeepEquals(graphql, plain))
            {
                Console.Error.WriteLine($"{scenario.Name}: GraphQL and the store return different data:\n  {graphql}\n  {plain}");
                return 1;
            }
        }
        if (settings.ServeScriptsDir is { } dir)
        {
            WrkScripts.Write(dir, scenarios, PlainPath);
            Console.WriteLine($"Serving {address}; wrk scripts in {Path.GetFullPath(dir)}. Stop with Ctrl+C or SIGTERM.");
            await WaitForStopAsync(cancellationToken);
            await app.StopAsync(CancellationToken.None);
            return 0;
        }
        var results = new List<LatencySummary>();
        foreach (var scenario in scenarios)
        {
            if (settings.Only is not null && !scenario.Name.Equals(settings.Only, StringComparison.OrdinalIgnoreCase)) continue;
            results.Add(await runner.RunAsync(scenario.Name, "store", scenario.StoreCall, cancellationToken));
            results.Add(await runner.RunAsync(scenario.Name, "http+store", client.PreparePlain(PlainPath + scenario.Name), cancellationToken));
            results.Add(await runner.RunAsync(scenario.Name, "graphql", client.Prepare(scenario.Query, scenario.Variables), cancellationToken));
            Console.Error.WriteLine($"  {scenario.Name} done");
        }
        await app.StopAsync(cancellationToken);

        Console.WriteLine($"{stats.Articles:N0} articles, {stats.Quotes:N0} quotes, {stats.People:N0} people; {settings.Concurrency} clients, {settings.Seconds} s per run after {settings.WarmupSeconds} s warm-up, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| question | layer | requests | req/s | p50 ms | p99 ms | errors | GraphQL p50 / http+store p50 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var plain50 = results.FirstOrDefault(s => s.Scenario == r.Scenario && s.Layer == "http+store")?.P50Ms;
            var ratio = r.Layer == "graphql" && plain50 > 0 ? $"{r.P50Ms / plain50:0.00}×" : "";
            Console.WriteLine($"| {r.Scenario} | {r.Layer} | {r.Requests:N0} | {r.RequestsPerSecond:N0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors} | {ratio} |");
        }
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task WaitForStopAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource();
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stopped.TrySetResult(); });
        using var registration = cancellationToken.Register(() => stopped.TrySetResult());
        await stopped.Task;
    }

    /// <summary>Where the benchmark host answers each question's store data as plain JSON, GraphQL left out.</summary>
    private const string PlainPath = "/bench/plain/";

    /// <summary>
    /// The API as `dotnet run` builds it, on a free loopback port, over the given database; no samples ingested.
    /// Plus, in this benchmark host only, one plain JSON endpoint per question (the same store calls and data
    /// without GraphQL), so HTTP's share of the latency can be told from GraphQL's.
    /// </summary>
    private static async Task<WebApplication> StartApiAsync(string db, int port, IReadOnlyDictionary<string, BenchScenario> plainEndpoints)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls", $"http://127.0.0.1:{port}"],
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ClaimsGraphApiExtensions).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.GetFullPath(db),
            ["Samples:IngestWhenEmpty"] = "false",
            // The benchmark measures query latency, not the per-address request quota.
            ["RateLimiting:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddClaimsGraphApi();
        var app = builder.Build();
        app.MapClaimsGraphApi();
        app.MapPost(PlainPath + "{name}", async (string name, HttpContext http) =>
            plainEndpoints.TryGetValue(name, out var scenario)
                ? Results.Json(new { data = await scenario.StoreCall(http.RequestAborted) })
                : Results.NotFound());
        await app.StartAsync();
        return app;
    }
}
