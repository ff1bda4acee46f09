using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The Premier has been asked to reflect on the “real hurt” …", "The board was told the pier was “unsafe”": the passive of
/// a verb whose object is the hearer makes the hearer its subject; with no "by" agent right after the participle, the
/// asker or teller is not named, and the subject is no speaker.
/// </summary>
public static class PassiveHearer
{
    // Not "assured": "she is assured of that state" is sure of it, a view of her own.
    private static readonly WordSet HearerParticiples = new(["told", "asked", "urged", "warned", "advised", "informed", "reminded"]);

    private static readonly WordSet BeForms = new(["is", "was", "are", "were", "be", "been", "being"]);

    private const int MaxAdverbs = 2;

    /// <summary>
    /// "The plan has been described as a “hammer blow” to …", "what had been called the “Harbour Week”": the passive of a verb of
    /// naming makes the thing named its subject, no speaker either (the namer, if any, follows later with "by").
    /// </summary>
    private static readonly WordSet NamingParticiples = new(["called", "described", "dubbed", "labelled", "labeled", "branded", "termed"]);

    /// <summary>Whether the cue at <paramref name="v"/> is such a passive, its be-form after <paramref name="first"/>.</summary>
    public static bool Is(Document doc, int v, int first) =>
        !doc.Tokens[v].IsCapitalized && HearerParticiples.Contains(doc.Word(v)) && !(v + 1 < doc.Tokens.Count && doc.WordIs(v + 1, "by")) && AfterBeForm(doc, v, first);

    /// <summary>
    /// Whether the cue at <paramref name="v"/> is a passive of naming ("has been described as"), its be-form after <paramref name="first"/>,
    /// and the name in quotation marks follows at once: after "as" and at most two words ("a", "the so-"), not "was called by the
    /// party to force …" nor "has been called a charlatan by … for promoting “quack” cures".
    /// </summary>
    public static bool IsNaming(Document doc, int v, int first)
    {
        if (doc.Tokens[v].IsCapitalized || !NamingParticiples.Contains(doc.Word(v)) || !AfterBeForm(doc, v, first)) return false;
        var k = v + 1;
        if (k < doc.Tokens.Count && doc.WordIs(k, "as")) k++;
        for (var words = 0; k < doc.Tokens.Count && words <= 2; k++, words++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return !doc.Tokens[k].Is(TokenFlags.Closing);
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    private static bool AfterBeForm(Document doc, int v, int first)
    {
        var b = v - 1;
        while (b > first && v - 1 - b < MaxAdverbs && doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized
               && (doc.WordIs(b, "not") || doc.WordIs(b, "also") || doc.WordIs(b, "earlier") || doc.Word(b).Length > 3 && doc.Word(b).EndsWith("ly", StringComparison.Ordinal))) b--;
        return b >= first && doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized && BeForms.Contains(doc.Word(b));
    }
}
