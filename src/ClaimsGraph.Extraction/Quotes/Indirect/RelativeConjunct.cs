using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Mitt Romney, who campaigned on the issue and sought …", "Weaver, who came out and endorsed …": a cue coordinated with
/// the verb of a relative clause shares that clause's subject, the relative pronoun, not the subject of the sentence.
/// Only a pronoun that is the subject of its clause (a verb follows it, not "the debt that the island amassed") and no
/// question word after a verb ("asked who won and said").
/// </summary>
public static class RelativeConjunct
{
    private const int MaxReach = 16;

    private static readonly WordSet NoVerb = new(
    [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "all",
        "he", "she", "they", "we", "i", "you", "it", "there", "not", "to",
    ]);

    private static readonly WordSet FiniteWords = new(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do"]);

    /// <summary>The relative pronoun whose clause the conjunction at <paramref name="and"/> goes on, within the clause (no comma or quote in between), or -1.</summary>
    public static int Pronoun(Document doc, Sentence s, int and)
    {
        for (var k = and - 1; k > s.FirstToken && and - k <= MaxReach; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || doc.InQuote[k]) return -1;
            if (t.Kind == TokenKind.Punct)
            {
                // "Mr." and "U.S." dots and the hyphens of "self-deportation" stay inside the clause.
                if (t.Is(TokenFlags.Glued) || doc.IsPunct(k, '.') && doc.Tokens[k - 1].End == t.Start) continue;
                return -1;
            }
            if (t.Kind != TokenKind.Word || t.IsCapitalized) continue;
            if (!(doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "that"))) continue;
            return SubjectOfClause(doc, k, and) && !AfterVerb(doc, k - 1) ? k : -1;
        }
        return -1;
    }

    /// <summary>Whether a verb follows the pronoun at <paramref name="k"/>: any lower-case word for "who" and "which", a finite form for "that".</summary>
    private static bool SubjectOfClause(Document doc, int k, int and)
    {
        var next = k + 1;
        if (next >= and || doc.Tokens[next].Kind != TokenKind.Word || doc.Tokens[next].IsCapitalized || doc.MentionAt[next] >= 0 || NoVerb.Contains(doc.Word(next)))
            return false;
        if (!doc.WordIs(k, "that")) return true;
        var w = doc.Word(next);
        return FiniteWords.Contains(w) || IndirectCues.IrregularPastForms.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"asked who won", "said that …": a pronoun right after a verb of saying or thinking opens a clause of that verb.</summary>
    private static bool AfterVerb(Document doc, int k) =>
        k >= 0 && doc.Tokens[k].Kind == TokenKind.Word && (SpeechCues.Verbs.Contains(doc.Word(k)) || IndirectCues.ThatVerbs.Contains(doc.Word(k)) || IndirectCues.ComplementVerbs.Contains(doc.Word(k)));
}
