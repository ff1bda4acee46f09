using System.Diagnostics;
using System.Text;
using ClaimsGraph.Extraction.Contract;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Generated hostile inputs: the pipeline never throws and every offset stays inside the text.</summary>
public class RobustnessTests
{
    private static readonly ExtractionPipeline Pipeline = new();
    private static readonly ExtractionPipeline NytPipeline = new(new ExtractionOptions { DoubleApostropheQuotes = true });

    public static TheoryData<string> Inputs()
    {
        var random = new Random(20240405);
        string Repeat(string s, int length) { var sb = new StringBuilder(length + s.Length); while (sb.Length < length) sb.Append(s); return sb.ToString(); }
        string Random(string alphabet, int length) { var sb = new StringBuilder(length); for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]); return sb.ToString(); }
        return new TheoryData<string>
        {
            "",
            " ",
            Repeat(SeedArticle.Text, 5 * 1024 * 1024),
            Repeat("word another Word said he ", 200_000),
            Repeat("\u201c\u201d\"", 30_000),
            Repeat("\u201cunbalanced quote said Smith ", 5_000),
            Repeat("\"", 100_000),
            Random("\u0000\u0001\u0007\b\u001b\u007f\t\n\r abc", 50_000),
            Repeat("\U0001F600 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u200F\u202E said \u201c\U0001F4A5\u201d ", 20_000),
            new string('a', 1024 * 1024),
            Random("Aa .,;:\u201c\u201d\"\u2019'-\n", 200_000),
            Repeat("Mr. ", 100_000),
            Repeat("\u201cQ,\u201d he said. ", 50_000),
            "\uD800 lone surrogate \uDC00 said \u201c\uD83D\u201d",
            Repeat("''", 100_000),
            Repeat("''Q,'' he said. '''", 30_000),
            Repeat("\u2018Q,\u2019 he said. '", 50_000),
            Repeat("'a ", 100_000),
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws_and_offsets_stay_inside_the_text(string text)
    {
        Check(text, Pipeline);
        Check(text, NytPipeline);
    }

    /// <summary>
    /// A text may stop anywhere: after a role with no name yet ("…, said Dana Reyes, candidate for governor"), inside a
    /// quote, after an abbreviation. Every cut of the seed article at the end of a word is a text the pipeline must take.
    /// </summary>
    [Fact]
    public void Never_throws_on_a_text_cut_after_any_word()
    {
        var text = SeedArticle.Text + "\n\n\u201cWe will work on as we always do,\u201d said Dana Reyes, (R) candidate for Governor";
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i - 1]) && !char.IsLetterOrDigit(text[i])) Check(text[..i], Pipeline);
        }
        Check(text, Pipeline);
    }

    private static void Check(string text, ExtractionPipeline pipeline)
    {
        var result = pipeline.Extract(text, DateTimeOffset.UnixEpoch);
        foreach (var q in result.Quotes)
        {
            InText(text, q.Span.Start, q.Span.End);
            if (q.Cue is { } c) InText(text, c.Start, c.End);
            if (q.Speaker.Mention is { } m) InText(text, m.Start, m.End);
        }
        foreach (var e in result.Entities) foreach (var m in e.Mentions) InText(text, m.Start, m.End);
        foreach (var e in result.Events) InText(text, e.Span.Start, e.Span.End);
        Assert.NotNull(ExtractionJson.Serialize(text, result, "x"));
    }

    private static void InText(string text, int start, int end) => Assert.True(0 <= start && start <= end && end <= text.Length, $"[{start}, {end}) outside [0, {text.Length})");

    /// <summary>Linear, not quadratic: adversarial 1 MB inputs cost at most a generous multiple of a normal 1 MB article.</summary>
    [Fact]
    public void Adversarial_megabytes_cost_no_more_than_a_small_multiple_of_a_normal_megabyte()
    {
        string Repeat(string s) { var sb = new StringBuilder(1 << 20); while (sb.Length < 1 << 20) sb.Append(s); return sb.ToString(); }
        var normal = Repeat(SeedArticle.Text);
        var adversarial = new[] { Repeat("\""), Repeat("\u201c"), Repeat("he said "), Repeat("Mr. Smith said, \u201c"), Repeat("Mr. Smith said, \u2018"), new string('x', 1 << 20), Repeat("A ") };
        Pipeline.Extract(normal);
        var baseline = Time(normal);
        foreach (var text in adversarial)
        {
            var ratio = Time(text) / baseline;
            Assert.True(ratio < 20, $"an adversarial input took {ratio:F1}× a normal article of the same size");
        }
    }

    private static double Time(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            Pipeline.Extract(text);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return Math.Max(best, 1e-4);
    }
}
