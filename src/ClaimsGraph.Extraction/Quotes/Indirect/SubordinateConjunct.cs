using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The crowd cheered when Lane spotted a sign and asked …", "Voters yawned as he listed his plans and described …": a
/// cue coordinated with the verb of a subordinate clause inside the main clause shares that clause's subject, not the
/// sentence's. A subordinate clause opening the sentence ends at its comma, so the walk back from the conjunction,
/// which stops at any comma but one right before the conjunction, never reaches it.
/// </summary>
public static class SubordinateConjunct
{
    private const int MaxReach = 20;
    private const int MaxSubject = 6;

    private static readonly WordSet Subordinators = new(["when", "as", "after", "because", "while", "since", "before", "although", "though", "once", "until", "whenever"]);

    private static readonly WordSet FiniteWords = new(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do"]);

    /// <summary>[first, end) of the subject of the subordinate clause that the conjunction at <paramref name="and"/> goes on, or an empty range.</summary>
    public static (int First, int End) Subject(Document doc, Sentence s, int and)
    {
        // "Tempers rose as residents spoke about the library's role in town, and urged …": the comma right before the
        // conjunction closes the subordinate clause's own words, not a clause opening the sentence.
        var from = and - 1 > s.FirstToken && doc.IsPunct(and - 1, ',') ? and - 2 : and - 1;
        for (var k = from; k > s.FirstToken && and - k <= MaxReach; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || doc.InQuote[k]) break;
            if (t.Kind == TokenKind.Punct)
            {
                // "Mr." and "U.S." dots and the hyphens of "self-styled" stay inside the clause.
                if (t.Is(TokenFlags.Glued) || doc.IsPunct(k, '.') && doc.Tokens[k - 1].End == t.Start) continue;
                break;
            }
            if (t.Kind != TokenKind.Word || t.IsCapitalized || !Subordinators.Contains(doc.Word(k))) continue;
            // The clause's subject: the words up to its finite verb ("when Lane spotted", "as he listed").
            for (var j = k + 2; j < and && j - k <= MaxSubject + 1; j++)
            {
                if (doc.Tokens[j].Kind != TokenKind.Word && doc.Tokens[j].Kind != TokenKind.Number && !doc.IsPunct(j, '.')) break;
                if (IsFinite(doc, j)) return SourcePhrase.LooksLikeSource(doc, k + 1, j) || SourcePhrase.IsShortNounPhrase(doc, k + 1, j) ? (k + 1, j) : (and, and);
            }
            break;
        }
        return (and, and);
    }

    private static bool IsFinite(Document doc, int j)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word || doc.Tokens[j].IsCapitalized || doc.MentionAt[j] >= 0) return false;
        var w = doc.Word(j);
        return FiniteWords.Contains(w) || IndirectCues.IrregularPastForms.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !AdjectivalPast.Is(doc, j);
    }
}
