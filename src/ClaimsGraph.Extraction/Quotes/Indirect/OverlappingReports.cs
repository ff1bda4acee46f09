using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>Reports that overlap another report of the same sentence: nested views and crossing readings keep one report.</summary>
public static class OverlappingReports
{
    // Reports are added sentence by sentence, so one that holds another lies a few places before or after it.
    private const int NestedReach = 12;

    /// <summary>
    /// "X said she believes the plan will fail": the inner report ("the plan will fail", cue "believes") lies inside the
    /// outer one's words, cue and all. Only the outer is kept: the inner view is part of what X reported, and such inner
    /// reports are right in about one use in ten on train (thoughts, wishes, findings: "want", "thought", "believe",
    /// "found"), below what they cost in precision (F1/2 ≈ 0.24). Kept: an inner verb of saying inside a view ("X believes
    /// Y said …"), but not "agreed" (round 22), nor inside a report of words ("X noted that Y said …", round 25,
    /// <see cref="ReportsWords"/>), and anything inside a transcript label's paragraph ("CLINTON: I think …"). An outer
    /// report ends before a coordinated act of saying, "…, and three-quarters said …" (<see cref="CoordinatedReport"/>).
    /// </summary>
    public static List<QuoteCandidate> Remove(Document doc, List<QuoteCandidate> found)
    {
        // "…, and two in five said …", "… but noted that …": an outer report ends before a coordinated act of saying, whatever
        // its own cue ("did not mention the levy but did note that …").
        for (var i = 0; i < found.Count; i++)
        {
            var inner = found[i];
            if (inner.Cue is not { } cue || !SpeechCues.IsVerbOfSaying(doc.Text.AsSpan(cue.Start, cue.End - cue.Start))) continue;
            for (var j = Math.Max(0, i - NestedReach); j < found.Count && j <= i + NestedReach; j++)
            {
                if (j != i && Contains(found[j], inner) && CoordinatedReport.OuterEnd(doc, found[j], inner) is var end and > 0)
                    found[j] = found[j] with { Span = doc.SpanOf(found[j].FirstToken, end), EndToken = end };
            }
        }
        var keep = new List<QuoteCandidate>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var q = found[i];
            var nested = false;
            for (var j = Math.Max(0, i - NestedReach); j < found.Count && j <= i + NestedReach && !nested; j++)
            {
                if (j != i) nested = Holds(doc, found[j], q) || SameWords(found[j], q);
            }
            if (!nested) keep.Add(q);
        }
        return WithoutCrossing(keep);
    }

    /// <summary>
    /// Two readings of one stretch of words: a report that starts inside another's words and runs on past their end,
    /// mostly a view inside "CLAUSE, said X" whose clause runs on into the attribution ("I guess that settles it, said
    /// X" gives "that settles it, said X" for "guess"). The earlier one is kept; the later is right in about one use in
    /// five on train.
    /// </summary>
    private static List<QuoteCandidate> WithoutCrossing(List<QuoteCandidate> found)
    {
        var keep = new List<QuoteCandidate>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var q = found[i];
            var crossing = false;
            for (var j = Math.Max(0, i - NestedReach); j < found.Count && j <= i + NestedReach && !crossing; j++)
            {
                var o = found[j];
                crossing = j != i && o.FirstToken < q.FirstToken && q.FirstToken < o.EndToken && o.EndToken < q.EndToken;
            }
            if (!crossing) keep.Add(q);
        }
        return keep;
    }

    /// <summary>
    /// "The mayor expressed concern that the levy would fail", "She rejected claims that …", "He said he was hopeful
    /// that …": a verb and a noun or adjective after it that both take the same clause make one act, reported twice. The
    /// report of the earlier cue, the verb whose subject is the source, is kept (train: of 67 such pairs, 59 hold one
    /// right report, 41 of them the later cue's, most with the same source; keeping the earlier gains 6 hits, as its
    /// source is the sentence subject where the noun's is often nobody).
    /// </summary>
    private static bool SameWords(QuoteCandidate earlier, QuoteCandidate q) =>
        earlier.Span == q.Span && earlier.Pieces is null && q.Pieces is null && earlier.Cue is { } first && q.Cue is { } cue && first.Start < cue.Start;

    /// <summary>
    /// "Aides said he told donors the plan was dead", "According to the filing, the firm said it …", "A poll shows most
    /// voters say …": an outer report of what was said or what a document shows holds the inner act of saying as part of
    /// its words ("The paper reported that the mayor said …" too); the inner report is dropped as an inner view is. Round 25 counted the inner verbs of saying on train:
    /// inside a verb of saying, "according to" or a document's finding they were right in about one use in four (said 18
    /// of 61, "according to" 6 of 24, says, noted, added, showed, found none of 35), below what they cost; inside a
    /// view ("believes", "hopes") or a transcript label they stay.
    /// </summary>
    /// <summary>"The paper reported that the mayor said …": a verb of reporting, no verb of saying for a quote (SpeechCues.QuoteOnlyVerbs), holds words as well.</summary>
    private static readonly WordSet ReportForms = new(["report", "reports", "reported"]);

    private static bool ReportsWords(Document doc, QuoteCandidate outer)
    {
        if (outer.Cue is not { } cue) return false;
        var words = doc.Text.AsSpan(cue.Start, cue.End - cue.Start);
        return SpeechCues.IsVerbOfSaying(words) || IndirectSpeechFinder.DocumentVerbs.Contains(words) || ReportForms.Contains(words)
               || words.StartsWith("according", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="outer"/> is a longer report in one piece whose words hold <paramref name="inner"/>'s cue and content.</summary>
    private static bool Contains(QuoteCandidate outer, QuoteCandidate inner) =>
        outer.Pieces is null && inner.Cue is { } cue && outer.EndToken - outer.FirstToken > inner.EndToken - inner.FirstToken
        && inner.FirstToken >= outer.FirstToken && inner.EndToken <= outer.EndToken && cue.Start >= outer.Span.Start && cue.End <= outer.Span.End;

    /// <summary>"agree", "agreed", "agrees", "agreeing": a verb of saying for the quote stage, no second report inside another.</summary>
    private static bool IsAgreement(ReadOnlySpan<char> verb) =>
        verb.Equals("agreed", StringComparison.OrdinalIgnoreCase) || verb.Equals("agrees", StringComparison.OrdinalIgnoreCase)
        || verb.Equals("agree", StringComparison.OrdinalIgnoreCase) || verb.Equals("agreeing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="outer"/> is a longer report whose words hold <paramref name="inner"/>'s cue and content.</summary>
    private static bool Holds(Document doc, QuoteCandidate outer, QuoteCandidate inner)
    {
        if (inner.Cue is not { } cue || outer.EndToken - outer.FirstToken <= inner.EndToken - inner.FirstToken) return false;
        if (outer.Cue is { } outerCue && outerCue.End - outerCue.Start == 1 && doc.Text[outerCue.Start] == ':') return false;
        // "The bakery has reportedly taken heat from a group demanding …": the adverb frames a report by nobody named, no view
        // that would hold the group's demand.
        if (outer.Cue is { } frame && doc.Text.AsSpan(frame.Start, frame.End - frame.Start).Equals("reportedly", StringComparison.OrdinalIgnoreCase)) return false;
        var verb = doc.Text.AsSpan(cue.Start, cue.End - cue.Start);
        // "Lula said the two leaders had agreed to deepen trade ties": an agreement inside the outer report is part of what
        // was reported, a decision like "decided to", not a second act of saying (train: none of the 10 such inner reports adds a hit).
        if (SpeechCues.IsVerbOfSaying(verb) && !IsAgreement(verb) && !ReportsWords(doc, outer)) return false;
        if (inner.FirstToken < outer.FirstToken || inner.EndToken > outer.EndToken) return false;
        foreach (var piece in outer.Pieces ?? [outer.Span])
        {
            if (cue.Start >= piece.Start && cue.End <= piece.End) return true;
        }
        return false;
    }
}
