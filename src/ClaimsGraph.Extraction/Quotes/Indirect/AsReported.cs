using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "As reported by Western Journalism, CLAUSE", "as The Times reported on Saturday, CLAUSE", "As the paper noted, CLAUSE":
/// an "as" phrase naming who reported what the clause after its comma says.
/// </summary>
public static class AsReported
{
    private const int MaxSource = 8;
    private const int MaxTail = 6;

    /// <summary>The "as" phrase found in sentence <paramref name="s"/>: its "as", the source, the cue and the comma closing it.</summary>
    public readonly record struct Phrase(int As, int SourceFirst, int SourceEnd, int Cue, int Comma);

    public static Phrase? Find(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k + 3 < s.EndToken; k++)
        {
            if (!doc.WordIs(k, "as") || doc.InQuote[k]) continue;
            // Only where a clause may open: the sentence start, or after a comma or a dash.
            if (k > s.FirstToken && !(doc.IsPunct(k - 1, ',') || SubjectBeforeAside.IsAsideMark(doc, k - 1))) continue;
            if (FindAt(doc, s, k) is { } phrase) return phrase;
        }
        return null;
    }

    private static Phrase? FindAt(Document doc, Sentence s, int k)
    {
        // "As reported by X,": the agent runs to the comma.
        if (doc.WordIs(k + 1, "reported") && doc.WordIs(k + 2, "by"))
        {
            var f = k + 3;
            var comma = CommaWithin(doc, f, s.EndToken, MaxSource);
            return comma > f && SourcePhrase.LooksLikeSource(doc, f, comma) ? new Phrase(k, f, comma, k + 1, comma) : null;
        }
        // "as The Times reported on Saturday,": a source, a verb of saying, a short adverbial.
        for (var v = k + 2; v < s.EndToken && v - k <= MaxSource + 1; v++)
        {
            if (doc.Tokens[v].Kind != TokenKind.Word) return null;
            if (doc.Tokens[v].IsCapitalized || !SpeechCues.IsVerbOfSaying(doc.Word(v))) continue;
            // "As ballots were being counted in some states,": a clause of time, no source and no saying.
            if (IndirectCues.WeakForms.Contains(doc.Word(v)) || HoldsClauseWord(doc, k + 1, v)) return null;
            var e = v;
            while (e - 1 > k + 1 && (doc.WordIs(e - 1, "has") || doc.WordIs(e - 1, "had") || doc.WordIs(e - 1, "have") || doc.WordIs(e - 1, "first"))) e--;
            if (!SourcePhrase.LooksLikeSource(doc, k + 1, e)) return null;
            var comma = CommaWithin(doc, v + 1, s.EndToken, MaxTail);
            if (comma < 0 || comma > v + 1 && !IndirectCues.TailStarters.Contains(doc.Word(v + 1)) && !doc.WordIs(v + 1, "it")) return null;
            return new Phrase(k, k + 1, e, v, comma);
        }
        return null;
    }

    private static bool HoldsClauseWord(Document doc, int f, int e)
    {
        for (var j = f; j < e; j++) if (doc.Tokens[j].Kind == TokenKind.Word && !doc.Tokens[j].IsCapitalized && IndirectCues.NotInSource.Contains(doc.Word(j)) && !doc.WordIs(j, "has") && !doc.WordIs(j, "had") && !doc.WordIs(j, "have")) return true;
        return false;
    }

    /// <summary>The first comma from <paramref name="f"/> within <paramref name="max"/> words, with no other mark before it, or -1.</summary>
    private static int CommaWithin(Document doc, int f, int limit, int max)
    {
        for (var j = f; j < limit && j - f <= max; j++)
        {
            if (doc.IsPunct(j, ',')) return j;
            var t = doc.Tokens[j];
            if (t.Kind is TokenKind.Word or TokenKind.Number) continue;
            if (!(doc.IsPunct(j, '.') && j > f && doc.Tokens[j - 1].End == t.Start)) return -1;
        }
        return -1;
    }
}
