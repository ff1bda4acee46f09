using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Sanders appears to be spending more", "voters seem fatigued", "it seems likely that …": a verb of seeming
/// reports an impression held by nobody named. Its subject is part of what is reported, never the source.
/// </summary>
public static class SeemingClause
{
    private static readonly WordSet Verbs = new(
        new[] { "seem", "appear" }.SelectMany(SpeechCues.Forms), ignoreCase: false);

    /// <summary>
    /// Whether <paramref name="v"/> is a verb of seeming that reports an impression: not "appeared to suggest that …"
    /// (the inner verb is the cue, its subject the source) nor "makes him seem kinder" (no finite verb of its own).
    /// </summary>
    public static bool IsSeemingVerb(Document doc, int v, int start)
    {
        if (!Verbs.Contains(doc.Word(v))) return false;
        if (v > 0 && (doc.WordIs(v - 1, "him") || doc.WordIs(v - 1, "her") || doc.WordIs(v - 1, "them") || doc.WordIs(v - 1, "me") || doc.WordIs(v - 1, "us"))) return false;
        return !HasInnerCue(doc, start);
    }

    /// <summary>
    /// "appeared to suggest", "seems to believe", "seemed to mock his critics", "appeared to oppose the effort": a verb of
    /// saying, thinking or taking a stand right after "to"; the subject holds that view, it is no impression.
    /// </summary>
    public static bool HasInnerCue(Document doc, int start)
    {
        if (!doc.WordIs(start, "to") || start + 1 >= doc.Tokens.Count || doc.Tokens[start + 1].Kind != TokenKind.Word) return false;
        var inner = doc.Word(start + 1);
        return SpeechCues.Verbs.Contains(inner) || IndirectCues.ThatVerbs.Contains(inner) || IndirectCues.ComplementVerbs.Contains(inner);
    }

    /// <summary>
    /// The first token of the impression reported around seeming verb <paramref name="v"/> whose complement starts
    /// at <paramref name="start"/>: the subject noun phrase before the verb ("Ben Carson appears to be slipping"),
    /// or the complement itself after a dummy "it" ("it appears that …") or when no subject stands there.
    /// </summary>
    public static int ContentStart(Document doc, Sentence s, int v, int start)
    {
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        // "who has recently seemed supportive": with no subject phrase the impression opens at the verb group.
        if (e - f == 1 && (doc.WordIs(f, "it") || doc.WordIs(f, "It"))) return start;
        while (f < e && doc.Tokens[f].Kind == TokenKind.Punct) f++;
        for (var k = f; k < e; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return start;
        }
        return f;
    }
}
