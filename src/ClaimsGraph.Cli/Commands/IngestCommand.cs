using System.ComponentModel;
using ClaimsGraph.Cli.Ingest;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>
/// <c>claimsgraph ingest PATH…</c>: files and folders of .txt/.html/.json/.jsonl articles into the
/// configured store, with a progress bar and a summary. Exit code 0 when every article was stored or
/// already there, 1 when some failed (they are listed), 2 when the store cannot be reached.
/// </summary>
public sealed class IngestCommand : AsyncCommand<IngestCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files (.txt, .html, .htm, .json, .jsonl) or folders (read recursively).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [Description("Use this SQLite file as the store (shortcut for Storage__Provider=Sqlite, Storage__Sqlite__Path=FILE).")]
        public string? Database { get; init; }

        [CommandOption("--batch-size <N>")]
        [Description("Articles per transaction (default: Cli:IngestBatchSize, else 50).")]
        public int? BatchSize { get; init; }

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one file or folder.")
            : BatchSize is < 1 or > 10_000 ? ValidationResult.Error("--batch-size must be between 1 and 10000.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.Configuration(CliHost.SqliteOverride(settings.Database));
        await using var services = CliHost.Build(configuration);
        var batchSize = settings.BatchSize ?? configuration.GetValue("Cli:IngestBatchSize", IngestRunner.DefaultBatchSize);
        var runner = ActivatorUtilities.CreateInstance<IngestRunner>(services);
        var console = AnsiConsole.Console;
        IngestSummary summary;
        try
        {
            summary = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting", maxValue: 1);
                    return await runner.RunAsync(settings.Paths, batchSize, (done, total, sofar) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                        task.Description = $"{sofar.Total} articles, {sofar.Failed} failed";
                    }, cancellationToken);
                });
        }
        catch (StoreUnavailableException ex)
        {
            console.MarkupLineInterpolated($"[red]The store is unavailable:[/] {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/] Articles already written stay; run the same command again to resume.");
            return 130;
        }

        Render(console, summary);
        services.GetService<ILoggerFactory>()?.CreateLogger<IngestCommand>().LogInformation(
            "Ingest done: {Created} created, {Unchanged} unchanged, {Replaced} replaced, {Failed} failed",
            summary.Created, summary.Unchanged, summary.Replaced, summary.Failed);
        return summary.Failed == 0 ? 0 : 1;
    }

    private static void Render(IAnsiConsole console, IngestSummary summary)
    {
        var table = new Table().AddColumn("Outcome").AddColumn(new TableColumn("Articles").RightAligned());
        table.AddRow("created", summary.Created.ToString());
        table.AddRow("unchanged", summary.Unchanged.ToString());
        table.AddRow("replaced", summary.Replaced.ToString());
        table.AddRow("failed", summary.Failed.ToString());
        console.Write(table);
        // One plain line per failure, never wrapped, so scripts can grep for "failed: ".
        foreach (var (origin, reason) in summary.Failures) Console.Out.WriteLine($"failed: {origin}: {reason}");
    }
}
