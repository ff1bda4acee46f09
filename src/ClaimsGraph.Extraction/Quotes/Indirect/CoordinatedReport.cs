using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Six in 10 voters said the mayor was honest, and three-quarters said the same of her rival", "The spokeswoman
/// acknowledged that the ferry was late but noted that the storm had closed the port": a second act of saying
/// coordinated with ", and" or "but" after a report, or with "and" and a subject of its own ("… and harbor officials later
/// said …"), opens a clause of its own, so the first report ends before the
/// conjunction and the second stands as a report of its own.
/// </summary>
public static class CoordinatedReport
{
    /// <summary>At most this many tokens of the second clause's subject between the conjunction and its cue ("more than 4 in 10").</summary>
    private const int MaxSubjectTokens = 6;

    private static readonly Lexicon.WordSet JointSubjectPronouns = new(["he", "she", "we", "they", "i"], ignoreCase: true);

    /// <summary>What stays of the outer report: an object may be one word, "did not mention him but did note that …".</summary>
    private const int MinClauseTokens = 1;

    /// <summary>
    /// Where <paramref name="outer"/> ends when the cue of <paramref name="inner"/>, inside its words, follows ", and", "and" or
    /// "but" and a short subject with no punctuation and no clause word in it (or follows "but" or ", and" directly; "and said"
    /// right after the object is ended by <see cref="ReportedClause.End"/>); -1 when it does not.
    /// </summary>
    public static int OuterEnd(Document doc, QuoteCandidate outer, QuoteCandidate inner)
    {
        if (outer.Pieces is not null || inner.Cue is not { } cue) return -1;
        var c = outer.FirstToken;
        while (c < outer.EndToken && doc.Tokens[c].Start < cue.Start) c++;
        if (c >= outer.EndToken || doc.Tokens[c].Start != cue.Start) return -1;
        for (var k = c - 1; k > outer.FirstToken && k >= c - 1 - MaxSubjectTokens; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (doc.WordIs(k, "but") || doc.WordIs(k, "and") && (doc.IsPunct(k - 1, ',') || k < c - 1)))
            {
                var end = doc.IsPunct(k - 1, ',') ? k - 1 : k;
                // "Tanaka said he and Lula agreed to …": a lone subject pronoun before "and" is the first of two joint
                // subjects of the inner verb, no clause of its own; the inner act is part of the outer report.
                if (end - outer.FirstToken == 1 && doc.WordIs(k, "and") && JointSubjectPronouns.Contains(doc.Word(outer.FirstToken))) return -1;
                return end - outer.FirstToken >= MinClauseTokens ? end : -1;
            }
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punct && !doc.IsPunct(k, '-') && !doc.IsPunct(k, '.')) return -1;
            if (doc.WordIs(k, "that") || doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "and")) return -1;
        }
        return -1;
    }
}
