using System.ComponentModel;
using System.Text.Json;
using ClaimsGraph.Extraction.Contract;
using ClaimsGraph.Extraction.Pipeline;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>
/// <c>claimsgraph extract FILE</c> prints one JSON document; <c>claimsgraph extract --jsonl IN.jsonl</c> reads
/// lines {"id", "text", "publishedAt"?} and writes one JSON line per input, with its "id".
/// </summary>
public sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A text file to extract from.")]
        public string? File { get; init; }

        [CommandOption("--jsonl <FILE>")]
        [Description("A .jsonl file of {\"id\", \"text\", \"publishedAt\"} lines; writes one JSON line per input.")]
        public string? Jsonl { get; init; }

        [CommandOption("--double-apostrophe-quotes")]
        [Description("Read '' as a quotation mark (NYT-style feeds; config Extraction:DoubleApostropheQuotes).")]
        public bool DoubleApostropheQuotes { get; init; }

        [CommandOption("--indented")]
        [Description("Pretty-print the single-file JSON.")]
        public bool Indented { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            (File is null) == (Jsonl is null)
                ? Spectre.Console.ValidationResult.Error("Give either FILE or --jsonl IN.jsonl.")
                : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pipeline = new ExtractionPipeline(new ExtractionOptions { DoubleApostropheQuotes = settings.DoubleApostropheQuotes });
        var path = settings.File ?? settings.Jsonl!;
        if (!System.IO.File.Exists(path))
        {
            Console.Error.WriteLine($"No such file: {path}");
            return 2;
        }
        if (settings.File is not null)
        {
            var text = System.IO.File.ReadAllText(path);
            Console.Out.WriteLine(ExtractionJson.Serialize(text, pipeline.Extract(text), indented: settings.Indented));
            return 0;
        }

        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var lineNumber = 0;
        var failures = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!JsonlInput.TryParse(line, out var input, out var error))
            {
                Console.Error.WriteLine($"{path}:{lineNumber}: {error}");
                failures++;
                continue;
            }
            try
            {
                stdout.WriteLine(ExtractionJson.Serialize(input.Text, pipeline.Extract(input.Text, input.PublishedAt), input.Id));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One article that meets a bug is reported (with its stack, for the bug report) and the batch goes on.
                Console.Error.WriteLine($"{path}:{lineNumber}: extraction failed on {input.Id}: {ex}");
                failures++;
            }
        }
        stdout.Flush();
        return failures == 0 ? 0 : 1;
    }
}
