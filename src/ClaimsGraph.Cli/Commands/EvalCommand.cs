using System.ComponentModel;
using ClaimsGraph.Extraction.Contract;
using ClaimsGraph.Extraction.Evaluation;
using ClaimsGraph.Extraction.Pipeline;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>
/// <c>claimsgraph eval --gold FILE.jsonl [--indirect] [--system OUT.jsonl] [--by-publisher] [--double-apostrophe-quotes] [--digits N]</c>: scores extraction on
/// PolNeAR-format gold exactly as shared/eval/score_quotes.py does and prints the same figures. Without
/// --system it runs the pipeline over the gold texts itself.
/// </summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <FILE>")]
        [Description("PolNeAR-format gold .jsonl (id, text, attributions).")]
        public string? Gold { get; init; }

        [CommandOption("--system <FILE>")]
        [Description("Output of `extract --jsonl` to score; by default the pipeline runs over the gold texts.")]
        public string? System { get; init; }

        [CommandOption("--indirect")]
        [Description("Score indirect speech (gold direct=false, system kind INDIRECT) instead of quotes.")]
        public bool Indirect { get; init; }

        [CommandOption("--by-publisher")]
        [Description("After the report, one line of figures per publisher of the gold articles.")]
        public bool ByPublisher { get; init; }

        [CommandOption("--double-apostrophe-quotes")]
        [Description("Read '' as a quotation mark (NYT style): the pipeline pairs it, and gold content holding '' counts as direct.")]
        public bool DoubleApostropheQuotes { get; init; }

        [CommandOption("--digits <N>")]
        [Description("Decimals in the figures (default 3, as score_quotes.py prints them; 4 or 5 show the small moves of one rule).")]
        public int Digits { get; init; } = 3;

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gold) ? Spectre.Console.ValidationResult.Error("--gold FILE.jsonl is required.")
            : Digits is < 1 or > 6 ? Spectre.Console.ValidationResult.Error("--digits must be 1 to 6.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { settings.Gold, settings.System })
        {
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"No such file: {path}");
                return 2;
            }
        }
        var gold = new List<GoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(settings.Gold!))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var article = GoldArticle.Parse(line);
                gold.Add(settings.DoubleApostropheQuotes ? article with { Attributions = article.Attributions.Select(a => a.WithDoubleApostropheQuotes()).ToList() } : article);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine($"{settings.Gold}:{lineNumber}: not a gold article ({e.Message})");
                return 2;
            }
        }

        var system = new Dictionary<string, List<SystemQuote>>(StringComparer.Ordinal);
        if (settings.System is not null)
        {
            foreach (var line in File.ReadLines(settings.System))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                var (id, quotes) = SystemQuote.ParseLine(line);
                system[id] = quotes;
            }
        }
        else
        {
            var pipeline = new ExtractionPipeline(new ExtractionOptions { DoubleApostropheQuotes = settings.DoubleApostropheQuotes });
            foreach (var g in gold)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var json = ExtractionJson.Serialize(g.Text, pipeline.Extract(g.Text, g.Date), g.Id);
                system[g.Id] = SystemQuote.ParseLine(json).Quotes;
            }
        }
        Console.Out.Write(QuoteScorer.Score(gold, system, settings.Indirect).Report(settings.Digits));
        if (settings.ByPublisher)
        {
            foreach (var part in gold.GroupBy(g => g.Publisher ?? "(none)").OrderBy(p => p.Key, StringComparer.Ordinal))
                Console.Out.Write(QuoteScorer.Score(part, system, settings.Indirect).Row(part.Key, settings.Digits));
        }
        return 0;
    }
}
