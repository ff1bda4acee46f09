using System.ComponentModel;
using System.Globalization;
using ClaimsGraph.Extraction.Contract;
using ClaimsGraph.Extraction.Evaluation;
using ClaimsGraph.Extraction.Pipeline;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary><c>claimsgraph bench --input FILE.jsonl [--rounds N]</c>: whole-pipeline words/second on one thread and bytes allocated per article.</summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--input <FILE>")]
        [Description("A .jsonl file of {\"text\"} lines (e.g. PolNeAR train.jsonl).")]
        public string? Input { get; init; }

        [CommandOption("--rounds <N>")]
        [Description("Timed rounds after three warm-up rounds (tiered JIT settles) (default 5); the median is reported.")]
        public int Rounds { get; init; } = 5;

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Input) ? Spectre.Console.ValidationResult.Error("--input FILE.jsonl is required.")
            : Rounds < 1 ? Spectre.Console.ValidationResult.Error("--rounds must be at least 1.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input))
        {
            Console.Error.WriteLine($"No such file: {settings.Input}");
            return 2;
        }
        var texts = new List<string>();
        foreach (var line in File.ReadLines(settings.Input!))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (JsonlInput.TryParse(line, out var input, out _)) texts.Add(input.Text);
        }
        var r = Benchmark.Run(new ExtractionPipeline(), texts, settings.Rounds);
        var ci = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(ci, $"articles {r.Articles}  words {r.Words:N0}  chars {r.Chars:N0}  rounds {r.Rounds} (+3 warm-up)"));
        Console.Out.WriteLine(string.Create(ci, $"rounds (s): {string.Join(' ', r.RoundSeconds.Select(s => s.ToString("F3", ci)))}"));
        Console.Out.WriteLine(string.Create(ci, $"median wall {r.MedianSeconds:F3} s  {r.WordsPerSecond:N0} words/s  {r.MedianBytesPerArticle:N0} bytes allocated/article"));
        Console.Out.WriteLine(string.Create(ci, $"median cpu  {r.MedianCpuSeconds:F3} s  {r.WordsPerCpuSecond:N0} words/cpu-s (process CPU time: fairer on a loaded machine)"));
        return 0;
    }
}
