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

    /// <summary>Whether the cue at <paramref name="v"/> is such a passive, its be-form after <paramref name="first"/>.</summary>
    public static bool Is(Document doc, int v, int first)
    {
        if (doc.Tokens[v].IsCapitalized || !HearerParticiples.Contains(doc.Word(v)) || v + 1 < doc.Tokens.Count && doc.WordIs(v + 1, "by")) return false;
        var b = v - 1;
        while (b > first && v - 1 - b < MaxAdverbs && doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized
               && (doc.WordIs(b, "not") || doc.WordIs(b, "also") || doc.WordIs(b, "earlier") || doc.Word(b).Length > 3 && doc.Word(b).EndsWith("ly", StringComparison.Ordinal))) b--;
        return b >= first && doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized && BeForms.Contains(doc.Word(b));
    }
}
