using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ClaimsGraph.Cli.Ingest;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Ingestion;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimsGraph.Cli.Tests.Ingest;

/// <summary>
/// <c>claimsgraph ingest</c> through its real path: the built CLI as a child process on a temporary
/// folder of .txt, .html and .jsonl articles (one bad line, one file of invalid UTF-8) and a temporary SQLite file.
/// </summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimsgraph-ingest-tests", Guid.NewGuid().ToString("N"));
    private string Articles => Path.Combine(root, "articles");
    private string Database => Path.Combine(root, "db", "claimsgraph.db");

    public IngestCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Articles, "nested"));
        File.Copy(SeedArticlePath(), Path.Combine(Articles, "seed.txt"));
        File.WriteAllText(Path.Combine(Articles, "nested", "kishida.html"),
            "<html><head><style>p{}</style></head><body><h1>Tokyo talks</h1><p>\"We will stand together,\" Japanese Prime Minister " +
            "Fumio Kishida said on Tuesday.</p><script>alert('x')</script></body></html>");
        File.WriteAllText(Path.Combine(Articles, "feed.jsonl"), string.Join('\n',
            """{"text": "US President Joe Biden said \"China must respect the rules.\"", "title": "Biden on China", "source": "Wire", "publishedAt": "2024-04-10T08:00:00Z"}""",
            """{"text": "this line is broken""",
            "",
            """{"html": "<p>Beijing answered on Friday.</p>", "url": "https://news.example/beijing", "source": "Wire"}""") + "\n");
        File.WriteAllBytes(Path.Combine(Articles, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF]);
        File.WriteAllText(Path.Combine(Articles, "ignored.csv"), "not an article");
    }

    [Fact]
    public async Task Ingests_every_good_article_reports_each_bad_one_and_keeps_going()
    {
        var run = await RunAsync("ingest", Articles, "--db", Database);

        Assert.Equal(1, run.ExitCode); // some articles failed
        Assert.Equal((4, 0, 0, 2), Counts(run.Output));
        Assert.Contains("feed.jsonl:2: not valid JSON", run.Output);
        Assert.Contains("latin1.txt: not valid UTF-8", run.Output);
        Assert.DoesNotContain("ignored.csv", run.Output);

        var store = OpenStore();
        var stats = await store.GetStatsAsync();
        Assert.Equal(4, stats.Articles);
        Assert.True(stats.Quotes > 0, "the seed article's quotes were extracted and stored");
        var articles = (await store.ListArticlesAsync(null, PageRequest.First(10))).Items;
        var biden = Assert.Single(articles, a => a.Title == "Biden on China");
        Assert.Equal(("Wire", new DateTimeOffset(2024, 4, 10, 8, 0, 0, TimeSpan.Zero)), (biden.Source, biden.PublishedAt!.Value));
        var html = Assert.Single(articles, a => a.Text.Contains("We will stand together"));
        Assert.DoesNotContain("<", html.Text);
        Assert.DoesNotContain("alert", html.Text);
    }

    [Fact]
    public async Task A_second_run_skips_what_is_stored_and_a_changed_file_replaces_its_article()
    {
        await RunAsync("ingest", Articles, "--db", Database);
        var before = await OpenStore().GetStatsAsync();

        var again = await RunAsync("ingest", Articles, "--db", Database, "--batch-size", "2");
        Assert.Equal((0, 4, 0, 2), Counts(again.Output));
        Assert.Equal(before, await OpenStore().GetStatsAsync());

        // The jsonl article with a url keeps its id when its text changes: it is replaced, not added.
        File.WriteAllText(Path.Combine(Articles, "feed.jsonl"),
            """{"html": "<p>Beijing answered on Saturday instead.</p>", "url": "https://news.example/beijing", "source": "Wire"}""");
        var changed = await RunAsync("ingest", Path.Combine(Articles, "feed.jsonl"), "--db", Database);
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal((0, 0, 1, 0), Counts(changed.Output));
        Assert.Equal(4, (await OpenStore().GetStatsAsync()).Articles);
    }

    [Fact]
    public async Task The_store_comes_from_configuration_like_the_api()
    {
        var run = await RunAsync(new Dictionary<string, string> { ["Storage__Sqlite__Path"] = Database },
            "ingest", Path.Combine(Articles, "seed.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((1, 0, 0, 0), Counts(run.Output));
        Assert.Equal(1, (await OpenStore().GetStatsAsync()).Articles);
    }

    [Fact]
    public async Task Nyt_style_quotes_are_direct_when_configured()
    {
        var nyt = Path.Combine(root, "nyt.txt");
        File.WriteAllText(nyt, "Markets rallied.\n\n''We may finally be seeing wage growth,'' the economist Jared Bernstein wrote on his blog.\n");

        var run = await RunAsync(new Dictionary<string, string> { ["Extraction__DoubleApostropheQuotes"] = "true" }, "ingest", nyt, "--db", Database);

        Assert.Equal(0, run.ExitCode);
        var quote = Assert.Single((await OpenStore().FindQuotesAsync(new() { Kind = QuoteKind.Direct }, [], new(0, 10))).Items);
        Assert.Equal("We may finally be seeing wage growth,", quote.Text);
        Assert.Equal("person:jared-bernstein", quote.SpeakerId);
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_bad_arguments_are_refused()
    {
        var missing = await RunAsync("ingest", Path.Combine(root, "nothing-here"), "--db", Database);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file or folder", missing.Output);

        var badBatch = await RunAsync("ingest", Articles, "--db", Database, "--batch-size", "0");
        Assert.NotEqual(0, badBatch.ExitCode);
        Assert.Contains("--batch-size", badBatch.Output);
    }

    [Fact]
    public async Task A_damaged_store_file_is_a_clear_error_not_a_crash()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        File.WriteAllBytes(Database, Enumerable.Repeat((byte)0x5A, 4096).ToArray());

        var run = await RunAsync("ingest", Articles, "--db", Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("store is unavailable", run.Output);
        Assert.DoesNotContain("   at ", run.Output); // no stack trace
    }

    [Fact]
    public async Task Runner_batches_across_transactions_and_counts_every_article()
    {
        var configuration = CliHost.Configuration(CliHost.SqliteOverride(Database));
        await using var services = CliHost.Build(configuration);
        var runner = ActivatorUtilities.CreateInstance<IngestRunner>(services);
        var progress = new List<(long Done, long Total)>();

        var summary = await runner.RunAsync([Articles], batchSize: 1, (done, total, _) => progress.Add((done, total)), CancellationToken.None);

        Assert.Equal((4, 0, 0, 2), (summary.Created, summary.Unchanged, summary.Replaced, summary.Failed));
        Assert.Equal(progress[^1].Total, progress[^1].Done);
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.First.Done <= p.Second.Done));
        Assert.Equal(4, (await services.GetRequiredService<IClaimsStore>().GetStatsAsync()).Articles);
    }

    [Fact]
    public async Task A_bug_met_in_one_article_costs_that_article_not_the_run()
    {
        using var store = OpenStore();
        var ingestor = new ArticleIngestor(store, new FailingOn("Beijing answered"), new IngestionOptions(), TimeProvider.System);
        var runner = new IngestRunner(store, ingestor, NullLogger<IngestRunner>.Instance);

        var summary = await runner.RunAsync([Articles], batchSize: 10, null, CancellationToken.None);

        Assert.Equal((3, 3), (summary.Created, summary.Failed));
        Assert.Contains(summary.Failures, f => f.Reason.StartsWith("extraction failed (InvalidOperationException", StringComparison.Ordinal));
        Assert.Equal(3, (await store.GetStatsAsync()).Articles);
    }

    /// <summary>The real pipeline, except that it throws on articles holding <paramref name="words"/>, as a bug would.</summary>
    private sealed class FailingOn(string words) : IArticleExtractor
    {
        private readonly ExtractionPipeline pipeline = new();

        public ExtractionResult Extract(string text, DateTimeOffset? publishedAt = null) =>
            text.Contains(words, StringComparison.Ordinal) ? throw new InvalidOperationException("a pipeline bug") : pipeline.Extract(text, publishedAt);
    }

    private SqliteClaimsStore OpenStore() =>
        new(new SqliteStoreOptions { Path = Database }, NullLogger<SqliteClaimsStore>.Instance);

    private static (int Created, int Unchanged, int Replaced, int Failed) Counts(string output)
    {
        int Count(string outcome)
        {
            var match = Regex.Match(output, $@"│\s*{outcome}\s*│\s*(\d+)\s*│");
            Assert.True(match.Success, $"no '{outcome}' row in:\n{output}");
            return int.Parse(match.Groups[1].Value);
        }
        return (Count("created"), Count("unchanged"), Count("replaced"), Count("failed"));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => CliRunner.RunAsync(args);

    private static Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        CliRunner.RunAsync(environment, args);

    private static string SeedArticlePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples) && File.Exists(Path.Combine(dir.FullName, "ClaimsGraph.sln")))
                return Directory.EnumerateFiles(samples, "*.txt").Order().First();
        }
        throw new InvalidOperationException("samples/ not found above the test folder");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
