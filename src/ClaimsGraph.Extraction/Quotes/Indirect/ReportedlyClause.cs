using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The museum is reportedly making plans to …", "The coach reportedly reacted by …", "Reportedly, he kept …": the
/// adverb marks its clause as a report by nobody named. The report runs from the clause's subject over the adverb to the
/// end of the clause; a verb of saying or thinking right after it ("reportedly said", "reportedly argued that") is the
/// cue instead, and a headline in title case ("Senator Reportedly Spotted At …") is left alone.
/// </summary>
public static class ReportedlyClause
{
    private static readonly WordSet VerbGroup = new(["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "also", "still", "not", "never"]);

    private const int MaxVerbGroup = 3;

    /// <summary>[first, end) of the clause the adverb at <paramref name="v"/> marks as reported, or an empty range.</summary>
    public static (int First, int End) Find(Document doc, Sentence s, int v)
    {
        if (!doc.WordIs(v, "reportedly")) return (v, v);
        var opensSentence = v == s.FirstToken && doc.IsPunct(v + 1, ',');
        if (doc.Tokens[v].IsCapitalized && !opensSentence) return (v, v);
        var k = opensSentence ? v + 2 : v + 1;
        var verb = k;
        while (verb < s.EndToken && verb - k < MaxVerbGroup && doc.Tokens[verb].Kind == TokenKind.Word && VerbGroup.Contains(doc.Word(verb))) verb++;
        if (verb >= s.EndToken || doc.Tokens[verb].Kind != TokenKind.Word || IsCueWord(doc.Word(verb))) return (v, v);
        var end = ReportedClause.TrimEnd(doc, k, ReportedClause.End(doc, k, s.EndToken));
        if (end - k < 2 || ReportedClause.HasQuoteMark(doc, k, end)) return (v, v);
        if (opensSentence) return (k, end);
        // "With Reyes reportedly eyeing a move, a survey found …": a phrase opening the sentence, reported up to its comma.
        if (doc.Word(verb).EndsWith("ing", StringComparison.Ordinal) && AdverbialOpener.IsOpener(doc, s.FirstToken) && s.FirstToken + 1 < v && FirstComma(doc, s.FirstToken, v) < 0)
        {
            var comma = FirstComma(doc, k, end);
            return comma < 0 || comma - k < 2 ? (v, v) : (s.FirstToken + 1, comma);
        }
        // "In total, the thieves have reportedly …": the subject, past the sentence's openers, opens the report.
        var (f, e) = SentenceSubject.Find(doc, s, v);
        var first = e > f && e <= v && !HasClauseMark(doc, e, v) ? f : k;
        return ReportedClause.HasQuoteMark(doc, first, end) ? (v, v) : (first, end);
    }

    private static bool IsCueWord(ReadOnlySpan<char> w) =>
        SpeechCues.Verbs.Contains(w) || IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w) || IndirectCues.PrepositionVerbs.Contains(w);

    private static int FirstComma(Document doc, int from, int to)
    {
        for (var j = from; j < to; j++) if (doc.IsPunct(j, ',')) return j;
        return -1;
    }

    /// <summary>
    /// Whether a comma, dash, relative pronoun or a second predicate stands between the subject and the adverb ("The coach is
    /// a veteran, but has reportedly …", "He won the race … and was reportedly fined"): the report is then the words after it.
    /// </summary>
    private static bool HasClauseMark(Document doc, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (doc.Tokens[j].Kind is TokenKind.Punct or TokenKind.Quote && !doc.IsPunct(j, '.') || doc.WordIs(j, "who") || doc.WordIs(j, "which") || doc.WordIs(j, "that")
                || doc.WordIs(j, "and") || doc.WordIs(j, "but")) return true;
        }
        return false;
    }
}
