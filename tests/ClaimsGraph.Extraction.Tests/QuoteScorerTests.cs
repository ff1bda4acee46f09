using System.Diagnostics;
using ClaimsGraph.Extraction.Evaluation;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>The C# scorer against score_quotes.py on a small hand-written gold and system file (Data/).</summary>
public class QuoteScorerTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static string Score(bool indirect)
    {
        var gold = File.ReadLines(DataFile("handmade-gold.jsonl")).Where(l => l.Length > 0).Select(GoldArticle.Parse).ToList();
        var system = File.ReadLines(DataFile("handmade-system.jsonl")).Where(l => l.Length > 0).Select(SystemQuote.ParseLine)
            .ToDictionary(x => x.Id, x => x.Quotes);
        return QuoteScorer.Score(gold, system, indirect).Report();
    }

    // Figures printed by: python3 shared/eval/score_quotes.py Data/handmade-gold.jsonl Data/handmade-system.jsonl [--indirect]
    [Fact]
    public void Direct_figures_are_those_the_python_scorer_prints()
    {
        Assert.Equal("""
            articles 2  gold 4  system 4
            quotes        P 0.750  R 0.750  F1 0.750
            attribution   accuracy 0.500 on 2 matched quotes with a gold source
            end-to-end    P 0.500  R 0.500  F1 0.500
            e2e_f1=0.500 quote_f1=0.750

            """.Replace("\r\n", "\n"), Score(indirect: false));
    }

    [Fact]
    public void Indirect_figures_are_those_the_python_scorer_prints()
    {
        Assert.Contains("end-to-end    P 1.000  R 1.000  F1 1.000", Score(indirect: true));
    }

    /// <summary>When python3 and the shared scorer are on this machine, the two must print the same text.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Agrees_with_score_quotes_py_when_it_is_present(bool indirect)
    {
        var script = Path.Combine(SeedArticle.RepoRoot(), "..", "..", "shared", "eval", "score_quotes.py");
        if (!File.Exists(script)) script = "/work/shared/eval/score_quotes.py";
        if (!File.Exists(script)) return; // the figures above are pinned from it
        var psi = new ProcessStartInfo("python3", [script, DataFile("handmade-gold.jsonl"), DataFile("handmade-system.jsonl"), .. indirect ? ["--indirect"] : Array.Empty<string>()])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(output.Replace("\r\n", "\n"), Score(indirect));
    }

    [Theory]
    [InlineData(0, 10, 0, 10, 1.0)]
    [InlineData(0, 10, 5, 15, 0.5)]
    [InlineData(0, 10, 10, 20, 0.0)]
    public void Dice_is_twice_the_overlap_over_the_lengths(int a, int b, int c, int d, double expected) =>
        Assert.Equal(expected, QuoteScorer.Dice(a, b, c, d), 6);

    [Fact]
    public void A_part_of_the_gold_gets_one_row_of_its_own_figures()
    {
        var gold = File.ReadLines(DataFile("handmade-gold.jsonl")).Where(l => l.Length > 0).Select(GoldArticle.Parse).ToList();
        var system = File.ReadLines(DataFile("handmade-system.jsonl")).Where(l => l.Length > 0).Select(SystemQuote.ParseLine)
            .ToDictionary(x => x.Id, x => x.Quotes);
        var score = QuoteScorer.Score(gold.Take(1), system, indirect: false);

        // The first article alone, as score_quotes.py prints it for a gold file of that one line: F1 0.800, 0.500, 0.400.
        Assert.Equal("a1-only        articles    1  gold     2  quote F1 0.800  attribution 0.500  e2e F1 0.400\n", score.Row("a1-only"));
        Assert.Equal("a1-only        articles    1  gold     2  quote F1 0.8000  attribution 0.5000  e2e F1 0.4000\n", score.Row("a1-only", digits: 4));
        Assert.Contains("end-to-end    P 0.3333  R 0.5000  F1 0.4000", score.Report(digits: 4));
        Assert.Equal("nyt", GoldArticle.Parse("""{"id": "x", "publisher": "nyt", "text": "t", "attributions": []}""").Publisher);
        Assert.Null(gold[0].Publisher);
    }

    [Fact]
    public void Read_nyt_style_gold_content_with_two_apostrophes_is_direct()
    {
        var article = GoldArticle.Parse("""
            {"id": "a", "text": "''We won,'' she said. She said they won.", "attributions": [
              {"source": {"spans": [[12, 15]], "text": "she"}, "cue": {"spans": [[16, 20]], "text": "said"}, "content": {"spans": [[0, 10]], "text": "''We won,''"}, "direct": false},
              {"source": {"spans": [[22, 25]], "text": "She"}, "cue": {"spans": [[26, 30]], "text": "said"}, "content": {"spans": [[31, 40]], "text": "they won."}, "direct": false}]}
            """);

        Assert.Equal([true, false], article.Attributions.Select(a => a.WithDoubleApostropheQuotes().Direct));
    }

    [Fact]
    public void Trimming_drops_quote_marks_and_edge_punctuation()
    {
        const string text = "\u201cWe are ready,\u201d he said.";
        var (s, e) = QuoteScorer.TrimSpan(text, 0, text.IndexOf(" he", StringComparison.Ordinal));
        Assert.Equal("We are ready", text[s..e]);
    }
}
