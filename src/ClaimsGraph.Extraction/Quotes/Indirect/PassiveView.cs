using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The senator is widely seen as the front-runner", "The plan was viewed by some as a retreat": the passive of a verb of
/// viewing reports the predicate after "as", held by the "by" agent or by nobody named. Only after a finite be-form
/// ("is", "was", "are", "were", "been"): "to be seen as", "being viewed as", "might be seen as" say how something would
/// look, not a view anyone holds.
/// </summary>
public static class PassiveView
{
    private static readonly WordSet Participles = new(["seen", "viewed", "regarded", "perceived"]);

    private static readonly WordSet BeForms = new(["is", "was", "are", "were", "been"]);

    private const int MaxAdverbs = 2;
    private const int MaxAgentTokens = 6;

    /// <summary>The "as" after the participle at <paramref name="v"/> (and its "by" agent), or -1 when <paramref name="v"/> is no passive view.</summary>
    public static int AsAfter(Document doc, Sentence s, int v)
    {
        if (!Participles.Contains(doc.Word(v)) || doc.Tokens[v].IsCapitalized) return -1;
        var b = v - 1;
        while (b > s.FirstToken && v - 1 - b < MaxAdverbs && IsAdverb(doc, b)) b--;
        if (b <= s.FirstToken || !BeForms.Contains(doc.Word(b)) || doc.Tokens[b].IsCapitalized) return -1;
        var k = v + 1;
        if (k < s.EndToken && doc.WordIs(k, "by"))
        {
            k++;
            while (k < s.EndToken && k - v <= MaxAgentTokens && doc.Tokens[k].Kind == TokenKind.Word && !doc.WordIs(k, "as")) k++;
        }
        return k + 1 < s.EndToken && doc.WordIs(k, "as") && doc.Tokens[k + 1].Kind is TokenKind.Word or TokenKind.Number ? k : -1;
    }

    /// <summary>The agent between "by" and "as", or an empty range.</summary>
    public static (int First, int End) Agent(Document doc, int v, int asWord) =>
        v + 1 < asWord && doc.WordIs(v + 1, "by") ? (v + 2, asWord) : (asWord, asWord);

    private static bool IsAdverb(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        return w.Length > 3 && w.EndsWith("ly", StringComparison.Ordinal) || doc.WordIs(k, "also") || doc.WordIs(k, "still") || doc.WordIs(k, "long") || doc.WordIs(k, "not") || doc.WordIs(k, "now");
    }
}
