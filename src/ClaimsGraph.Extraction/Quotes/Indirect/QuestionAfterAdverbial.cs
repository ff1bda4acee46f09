using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Asked by Matt Lauer whether …", "was asked by a caller why …", "asked in May if he would …", "asked specifically what
/// …": the question after a verb of asking may follow the asker ("by" + a noun phrase), the time or place of the asking,
/// or an adverb; a "by" agent right after the verb is the asker.
/// </summary>
public static class QuestionAfterAdverbial
{
    private const int MaxAdverbial = 10;

    private static readonly WordSet Starters = new(
    [
        "by", "on", "at", "during", "in", "after", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "specifically", "again", "repeatedly", "directly", "later", "recently", "earlier", "publicly", "privately",
    ]);

    /// <summary>The question word ("whether", "why", "about" …) after a short adverbial starting at <paramref name="k"/> ("by Matt Lauer", "on Fox News"), or -1.</summary>
    public static int Start(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || !Starters.Contains(doc.Word(k))) return -1;
        for (var j = k + 1; j < limit && j <= k + MaxAdverbial; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Punct && !doc.IsPunct(j, '.') || t.Kind == TokenKind.Quote) return -1;
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (IndirectCues.QuestionWords.Contains(doc.Word(j)) || doc.WordIs(j, "about")))
                return j + 1 < limit && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number ? j : -1;
        }
        return -1;
    }

    /// <summary>The asker of "was asked by a caller why …": the phrase after "by" right after the verb <paramref name="v"/>, up to the question word, or an empty range.</summary>
    public static (int First, int End) Asker(Document doc, int v, int question) =>
        question > v + 2 && doc.WordIs(v + 1, "by") ? SourcePhrase.After(doc, v + 1, question) : (v + 1, v + 1);
}
