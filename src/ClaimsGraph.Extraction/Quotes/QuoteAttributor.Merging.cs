using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Interrupted utterances: “Q1,” he said, “Q2.” is one quote, so the attribution between its pieces joins them rather than splitting the claim.</summary>
public static partial class QuoteAttributor
{
    private const int MaxJoinedSpanPerLongestPiece = 3;

    /// <summary>
    /// “Q1,” he said, “Q2.” and “Q1,” he said. “Q2.” are one utterance interrupted by its attribution (so
    /// PolNeAR annotates them too: one attribution, several content spans), as is a quote continued over
    /// paragraphs: one quote whose span runs from the first word to the last and whose text joins the pieces.
    /// </summary>
    /// <remarks>
    /// Not when the joined span would be more than three times its longest piece ("“Yes,” she said, clapping as the
    /// crowd rose. “We won.”"): such a span overlaps none of its pieces by half (Dice under 0.5), so it stands for
    /// neither; the pieces are then two quotes of the same speaker, two claims in the graph.
    /// </remarks>
    private static List<QuoteCandidate> MergeInterrupted(Document doc, List<QuoteCandidate> results)
    {
        var merged = new List<QuoteCandidate>(results.Count);
        var longestPiece = 0;
        foreach (var q in results)
        {
            if (merged.Count > 0 && merged[^1] is { Kind: QuoteKind.Direct } a && q.Kind == QuoteKind.Direct
                && q.Span.End - a.Span.Start <= MaxJoinedSpanPerLongestPiece * Math.Max(longestPiece, q.Span.End - q.Span.Start)
                && q.Speaker.EntityId == a.Speaker.EntityId && (a.Speaker.EntityId is not null || a.Speaker.Description == q.Speaker.Description && q.Speaker.Description is not null)
                && (!q.OwnCue || q.Cue == a.Cue) && q.FirstToken - a.EndToken <= 16
                && (q.Paragraph == a.Paragraph || q.Paragraph - a.Paragraph == 1 && a.ContinuesInNextParagraph)
                && !SecondCueBetween(doc, a, q))
            {
                var text = (a.JoinedText ?? doc.Text[a.Span.Start..a.Span.End]) + " " + doc.Text[q.Span.Start..q.Span.End];
                merged[^1] = a with
                {
                    Span = new TextSpan(a.Span.Start, q.Span.End),
                    EndToken = q.EndToken,
                    ClauseFirstToken = Math.Min(a.ClauseFirstToken, q.ClauseFirstToken),
                    ClauseEndToken = Math.Max(a.ClauseEndToken, q.ClauseEndToken),
                    JoinedText = text,
                    ContinuesInNextParagraph = q.ContinuesInNextParagraph,
                };
                longestPiece = Math.Max(longestPiece, q.Span.End - q.Span.Start);
                continue;
            }
            merged.Add(q);
            longestPiece = q.Span.End - q.Span.Start;
        }
        return merged;
    }

    /// <summary>"“Q1,” she sings, before asking him, “Q2”": a cue between two quotes other than the first one's own starts a new utterance.</summary>
    private static bool SecondCueBetween(Document doc, QuoteCandidate a, QuoteCandidate q)
    {
        // Only a cue that introduces the second quote ("…, adding, “Q2”", "and then predicted: “Q2”") counts: words such
        // as "post" or "call" ending the first one's attribution ("in a blog post. “Q2”") are nouns as often as verbs.
        for (var k = Math.Max(Math.Max(a.EndToken, a.ClauseEndToken), q.FirstToken - 5); k < q.FirstToken; k++)
        {
            if (doc.InQuote[k] || !SourcePhrase.IsCue(doc, k) || !IntroducesQuoteAt(doc, k, q.FirstToken - 1)) continue;
            if (a.Cue is not { } cue || doc.Tokens[k].Start != cue.Start) return true;
        }
        return false;
    }

    /// <summary>Cue <paramref name="k"/> and at most two words ("asking her") then a comma or colon right before the mark <paramref name="open"/>.</summary>
    private static bool IntroducesQuoteAt(Document doc, int k, int open)
    {
        if (open - 1 <= k || !(doc.IsPunct(open - 1, ',') || doc.IsPunct(open - 1, ':')) || open - 1 - k > 3) return false;
        for (var j = k + 1; j < open - 1; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        }
        return true;
    }
}
