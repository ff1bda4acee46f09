using System.ComponentModel;
using System.Diagnostics;
using ClaimsGraph.Cli.Generation;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>
/// <c>claimsgraph generate --articles N --db PATH [--seed S]</c>: writes N synthetic news articles
/// (see <see cref="SyntheticNewsGenerator"/>) into a SQLite store in batches, for benchmarks. Re-running with
/// the same seed changes nothing (upserts are idempotent); a larger N adds the missing articles.
/// </summary>
public sealed class GenerateCommand : AsyncCommand<GenerateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--articles <N>")]
        [Description("How many articles to generate.")]
        public int Articles { get; init; }

        [CommandOption("--db <PATH>")]
        [Description("SQLite database file (created when missing).")]
        public string Db { get; init; } = "";

        [CommandOption("--seed <S>")]
        [Description("Random seed (default 42): the same seed makes the same corpus.")]
        public int Seed { get; init; } = 42;

        [CommandOption("--batch <N>")]
        [Description("Articles per UpsertArticlesAsync call (default 500).")]
        public int Batch { get; init; } = 500;

        public override Spectre.Console.ValidationResult Validate() =>
            Articles < 1 ? Spectre.Console.ValidationResult.Error("--articles must be at least 1.")
            : string.IsNullOrWhiteSpace(Db) ? Spectre.Console.ValidationResult.Error("--db is required.")
            : Batch is < 1 or > 10_000 ? Spectre.Console.ValidationResult.Error("--batch must be 1..10000.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var store = new SqliteClaimsStore(new SqliteStoreOptions { Path = settings.Db }, NullLogger<SqliteClaimsStore>.Instance);
        await store.InitializeAsync(cancellationToken);
        var generator = new SyntheticNewsGenerator(settings.Articles, settings.Seed);
        var clock = Stopwatch.StartNew();
        int written = 0, failed = 0;
        for (var start = 0; start < settings.Articles; start += settings.Batch)
        {
            var count = Math.Min(settings.Batch, settings.Articles - start);
            var batch = new List<ArticleGraph>(count);
            for (var i = start; i < start + count; i++) batch.Add(generator.Generate(i));
            var results = await store.UpsertArticlesAsync(batch, cancellationToken);
            foreach (var result in results.Where(r => r.Outcome == UpsertOutcome.Failed))
            {
                failed++;
                if (failed <= 5) Console.Error.WriteLine($"  {result.ArticleId} failed: {result.Error}");
            }
            written += count;
            Console.Error.WriteLine($"{written:N0}/{settings.Articles:N0} articles, {clock.Elapsed.TotalSeconds:0.0} s");
        }
        var stats = await store.GetStatsAsync(cancellationToken);
        Console.WriteLine($"Generated {settings.Articles:N0} articles (seed {settings.Seed}) into {store.DatabasePath} in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"{failed} failed. Store: {stats.Articles:N0} articles, {stats.Quotes:N0} quotes, {stats.People:N0} people, {stats.States} states, " +
            $"{stats.Organizations} organisations, {stats.Events:N0} events.");
        return failed == 0 ? 0 : 1;
    }
}
