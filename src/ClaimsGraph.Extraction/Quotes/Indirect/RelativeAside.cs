using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Barkley, who said he votes Democratic, said one candidate …", "The changes, which officials said will start soon, will
/// not apply …": a report made inside a relative clause set off as an aside ends where the aside closes, before the main
/// clause's predicate; what follows is said of the antecedent, no part of what the relative clause reports.
/// </summary>
public static class RelativeAside
{
    /// <summary>How far back from the cue "who"/"which" may stand: the relative's own subject, adverbs and auxiliaries.</summary>
    private const int MaxWordsToRelative = 6;

    /// <summary>How far back from "who"/"which" the comma opening the aside may stand ("X, a Republican who …").</summary>
    private const int MaxWordsToComma = 8;

    /// <summary>
    /// The end of the clause reported by cue <paramref name="cue"/> (from <paramref name="start"/> to <paramref name="end"/>
    /// so far) when the cue stands in a relative aside and a comma inside the clause is followed by the main predicate
    /// (", said …", ", will …", ", recounted …") or by a second relative (", and who …"); otherwise <paramref name="end"/>.
    /// </summary>
    public static int End(Document doc, Sentence s, int cue, int start, int end)
    {
        if (!InAside(doc, s, cue) || AttributedAtTheEnd(doc, s)) return end;
        for (var j = start + 1; j + 1 < end; j++)
        {
            if (!doc.IsPunct(j, ',')) continue;
            if (ReportedClause.OpensPredicate(doc, j + 1, end, irregularPast: true) || doc.WordIs(j + 1, "and") && (doc.WordIs(j + 2, "who") || doc.WordIs(j + 2, "which")))
                return ReportedClause.TrimEnd(doc, start, j);
        }
        return end;
    }

    private const int MaxAttributionWords = 6;

    /// <summary>
    /// "Scott's relatives, who asked …, watched it, attorneys for the family said.": the whole sentence is reported by the
    /// cue after it, so the aside is part of that report's words, not a clause to cut out of the main one.
    /// </summary>
    private static bool AttributedAtTheEnd(Document doc, Sentence s)
    {
        var last = s.EndToken - 1;
        while (last > s.FirstToken && doc.Tokens[last].Kind is TokenKind.Punct or TokenKind.Quote) last--;
        for (var j = last; j > s.FirstToken && j >= last - MaxAttributionWords; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return doc.IsPunct(j, ',') && HasVerbOfSaying(doc, j + 1, last + 1);
        }
        return false;
    }

    private static bool HasVerbOfSaying(Document doc, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            var w = doc.Word(j);
            if (SpeechCues.IsVerbOfSaying(w) && !w.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool InAside(Document doc, Sentence s, int cue)
    {
        for (var j = cue - 1; j >= s.FirstToken && j >= cue - MaxWordsToRelative; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            if (!doc.WordIs(j, "who") && !doc.WordIs(j, "which")) continue;
            // "Who said …?" opens a question, and "voters who said …" with no comma before is a restrictive relative.
            for (var k = j - 1; k >= s.FirstToken && k >= j - MaxWordsToComma; k--)
            {
                if (doc.IsPunct(k, ',')) return true;
                if (doc.Tokens[k].Kind == TokenKind.Quote) return false;
            }
            return false;
        }
        return false;
    }
}
