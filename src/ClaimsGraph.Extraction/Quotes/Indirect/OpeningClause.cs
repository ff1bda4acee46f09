using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Although Clinton claimed that the videos exist, experts doubt it": a report inside a subordinate clause that
/// opens the sentence ends where that clause does, at its first comma; what follows is the main clause, no part
/// of what was claimed.
/// </summary>
public static class OpeningClause
{
    private static readonly WordSet Subordinators = new(
        ["although", "though", "while", "whereas", "if", "when", "whenever", "since", "because", "after", "before", "once", "unless", "until", "despite"]);

    /// <summary>Whether token <paramref name="k"/> is a subordinator that opens such a clause ("While", "Although", "If").</summary>
    public static bool IsSubordinator(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && Subordinators.Contains(doc.Word(k));

    /// <summary>
    /// The end of the clause reported by cue <paramref name="cue"/> (starting at <paramref name="start"/>, ending at
    /// <paramref name="end"/> so far) when the cue stands in an opening subordinate clause, or <paramref name="end"/>.
    /// </summary>
    public static int End(Document doc, Sentence s, int cue, int start, int end)
    {
        // "As Obama announces that …, he is set to …": "as" opens such a clause too, though a source before "as" is no
        // subordinator of its own ("As reported by …" names one).
        var k = Subordinator(doc, s, cue, orAs: true);
        if (k < 0) return end;
        // The cue must stand in the opening clause itself, not in the main clause after its comma; commas in pairs
        // close an aside inside the opening clause ("While many nations, including the US, do not acknowledge …").
        var commas = 0;
        for (var j = k + 1; j < cue; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return end;
            if (doc.IsPunct(j, ',')) commas++;
        }
        if (commas % 2 == 1) return end;
        // "As the paper reported, even on Friday …": the clause after the comma is what "as" reports (`AsReported`), not a report inside it.
        if (doc.WordIs(k, "as"))
        {
            for (var j = cue + 1; j < start; j++) if (doc.IsPunct(j, ',')) return end;
        }
        for (var j = start + 1; j < end; j++)
        {
            if (doc.IsPunct(j, ',')) return ReportedClause.TrimEnd(doc, start, j);
        }
        return end;
    }

    /// <summary>
    /// The subordinator that opens sentence <paramref name="s"/> ("While …", "But although …", "Even though …", "Ever
    /// since …"; with <paramref name="orAs"/> also "As …") when it stands before token <paramref name="limit"/>, or -1.
    /// </summary>
    public static int Subordinator(Document doc, Sentence s, int limit, bool orAs = false)
    {
        var k = s.FirstToken;
        if (doc.WordIs(k, "but") || doc.WordIs(k, "and") || doc.WordIs(k, "yet")) k++;
        // "Even though", "even as", "even if", "ever since" open the same kind of clause.
        if (doc.WordIs(k, "even") || doc.WordIs(k, "ever")) k++;
        return k < limit && (IsSubordinator(doc, k) || orAs && doc.WordIs(k, "as")) ? k : -1;
    }

    /// <summary>
    /// "While many nations, including the US, do not acknowledge …": [first, end) of the words between the opening
    /// subordinator and its clause's first comma, the subject of a verb that follows an aside inside that clause;
    /// an empty range when the sentence opens otherwise.
    /// </summary>
    public static (int First, int End) SubjectBeforeFirstComma(Document doc, Sentence s, int limit)
    {
        var k = Subordinator(doc, s, limit);
        if (k < 0) return (limit, limit);
        for (var j = k + 1; j < limit && j - k <= MaxSubject + 1; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) break;
            if (doc.IsPunct(j, ',')) return j > k + 1 && SourcePhrase.IsShortNounPhrase(doc, k + 1, j) ? (k + 1, j) : (limit, limit);
        }
        return (limit, limit);
    }

    private const int MaxSubject = 8;
}
