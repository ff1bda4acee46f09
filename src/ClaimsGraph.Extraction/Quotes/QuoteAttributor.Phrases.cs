using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Readers of names, plain phrases and "according to" sources that the cue-after, cue-before and embedded attempts share.</summary>
public static partial class QuoteAttributor
{
    /// <summary>Words only (no punctuation, quote mark or clause word such as "who") over [first, end).</summary>
    private static bool IsPlainPhrase(Document doc, int first, int end)
    {
        if (end - first > 8) return false;
        for (var k = first; k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k]) return false;
            if (doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "that") || doc.WordIs(k, "when") || doc.WordIs(k, "as")) return false;
        }
        return true;
    }

    /// <summary>A past or present tense verb shape: "barked", "beams", "chuckled" (not "and", "of", "the").</summary>
    private static bool LooksLikeFiniteVerb(Document doc, int k)
    {
        var w = doc.Word(k);
        if (SpeechCues.Verbs.Contains(w)) return true;
        return w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
               && !WordLists.NotNameWords.Contains(w);
    }

    /// <summary>The end of a person, organisation or pronoun starting at <paramref name="k"/>, or k when none does.</summary>
    private static int NameAt(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k]) return k;
        if (doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].FirstToken == k) return Math.Min(limit, doc.Mentions[doc.MentionAt[k]].EndToken);
        if (SpeakerResolver.IsSubjectPronoun(doc.Word(k)) && !doc.WordIs(k, "it")) return k + 1;
        if (doc.Tokens[k].IsCapitalized && !WordLists.NotNameWords.Contains(doc.Word(k))) return Mentions.NameScanner.Scan(doc, k, limit);
        return k;
    }

    /// <summary>The source after "according to" starting at token <paramref name="k"/>, or (0, 0).</summary>
    private static (int First, int End) AccordingToSource(Document doc, int k, int limit)
    {
        if (!doc.WordIs(k, "according") || !doc.WordIs(k + 1, "to") || doc.InQuote[k]) return (0, 0);
        var (f, e) = SourcePhrase.After(doc, k + 1, limit);
        return e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e) || IsPlainPhrase(doc, f, e)) ? (f, e) : (0, 0);
    }
}
