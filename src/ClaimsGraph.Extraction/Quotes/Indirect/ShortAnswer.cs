using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "75 percent of Democrats said yes, but …", "the candidate said no.", "neither side would say so.", "26 percent said
/// the same.", "top strategists acknowledged as much": a verb of saying or thinking whose whole answer is a word that
/// stands for a clause ("yes", "no", "so", "the same", "as much"), closing the clause before a punctuation mark.
/// </summary>
public static class ShortAnswer
{
    private static readonly WordSet Verbs = new(
    [
        "say", "says", "said", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped",
        "acknowledge", "acknowledged", "acknowledges", "admit", "admitted", "admits", "suggest", "suggested", "suggests",
    ]);

    private static readonly WordSet SingleWords = new(["yes", "no", "so"]);

    /// <summary>The end of the answer right after cue <paramref name="v"/>, or -1 when none stands there.</summary>
    public static int End(Document doc, Sentence s, int v)
    {
        if (!Verbs.Contains(doc.Word(v)) || v + 1 >= s.EndToken || doc.Tokens[v + 1].Kind != TokenKind.Word || doc.InQuote[v + 1]) return -1;
        var end = SingleWords.Contains(doc.Word(v + 1)) ? v + 2
            : doc.WordIs(v + 1, "the") && doc.WordIs(v + 2, "same") || doc.WordIs(v + 1, "as") && doc.WordIs(v + 2, "much") ? v + 3 : -1;
        if (end < 0) return -1;
        // The answer closes the clause: "said no one" or "thought so many" go on; "said yes, yes, yes, over and over" repeats it.
        if (end < s.EndToken && (doc.Tokens[end].Kind != TokenKind.Punct || doc.IsPunct(end, '-'))) return -1;
        return end + 1 < s.EndToken && doc.IsPunct(end, ',') && doc.Word(end + 1).Equals(doc.Word(v + 1), StringComparison.OrdinalIgnoreCase) ? -1 : end;
    }
}
