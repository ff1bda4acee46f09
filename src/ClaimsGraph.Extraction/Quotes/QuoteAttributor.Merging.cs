using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Utterances given in pieces: “Q1,” he said, “Q2.” is one quote, so the attribution between its pieces joins them rather than splitting the claim.</summary>
public static partial class QuoteAttributor
{
    /// <summary>How far apart (in tokens) two pieces of one utterance may be: an attribution, or a short paragraph's rest.</summary>
    private const int MaxTokensBetweenPieces = 40;

    /// <summary>
    /// “Q1,” he said, “Q2.” and “Q1,” he said. “Q2.” are one utterance interrupted by its attribution, as is a
    /// quote continued over paragraphs, and a quote with no cue of its own that goes on with the same speaker in the
    /// same or the next paragraph (after a DIRECT or a PARTIAL quote): one quote whose span is its first piece,
    /// whose <see cref="QuoteCandidate.Pieces"/> are all of them and whose text joins their words. PolNeAR annotates
    /// these the same way (one attribution, several content spans, one cue), and two quotes would count one
    /// utterance twice in the graph.
    /// </summary>
    private static List<QuoteCandidate> MergePieces(Document doc, List<QuoteCandidate> results)
    {
        var merged = new List<QuoteCandidate>(results.Count);
        // The paragraph of the last piece joined so far: a quote left open at the end of its second paragraph goes on in its third.
        var lastParagraph = -1;
        foreach (var q in results)
        {
            if (merged.Count > 0 && merged[^1] is { } a && (a.Kind == QuoteKind.Direct || !q.OwnCue) && q.Kind == QuoteKind.Direct
                && q.Speaker.EntityId == a.Speaker.EntityId && (a.Speaker.EntityId is not null || a.Speaker.Description == q.Speaker.Description && q.Speaker.Description is not null)
                && (!q.OwnCue || q.Cue == a.Cue) && q.FirstToken - a.EndToken <= MaxTokensBetweenPieces
                && (q.Paragraph == a.Paragraph || q.Paragraph - a.Paragraph == 1 && (a.ContinuesInNextParagraph || !q.OwnCue)
                    || q.Paragraph - lastParagraph == 1 && a.ContinuesInNextParagraph)
                && !SecondCueBetween(doc, a, q))
            {
                // "X said A, adding, “B”": a PARTIAL clause may already run through the next quote's words.
                if (q.Span.Start < (a.Pieces?[^1] ?? a.Span).End) continue;
                lastParagraph = q.Paragraph;
                var text = (a.JoinedText ?? doc.Text[a.Span.Start..a.Span.End]) + " " + doc.Text[q.Span.Start..q.Span.End];
                merged[^1] = a with
                {
                    Pieces = [.. a.Pieces ?? [a.Span], q.Span],
                    EndToken = q.EndToken,
                    ClauseFirstToken = Math.Min(a.ClauseFirstToken, q.ClauseFirstToken),
                    ClauseEndToken = Math.Max(a.ClauseEndToken, q.ClauseEndToken),
                    JoinedText = text,
                    ContinuesInNextParagraph = q.ContinuesInNextParagraph,
                };
                continue;
            }
            merged.Add(q);
            lastParagraph = q.Paragraph;
        }
        return merged;
    }

    /// <summary>"“Q1,” she sings, before asking him, “Q2”": a cue between two quotes other than the first one's own starts a new utterance.</summary>
    private static bool SecondCueBetween(Document doc, QuoteCandidate a, QuoteCandidate q)
    {
        if (ReportSentenceBefore(doc, a, q)) return true;
        // Only a cue that introduces the second quote ("…, adding, “Q2”", "and then predicted: “Q2”") counts: words such
        // as "post" or "call" ending the first one's attribution ("in a blog post. “Q2”") are nouns as often as verbs.
        for (var k = Math.Max(Math.Max(a.EndToken, a.ClauseEndToken), q.FirstToken - 5); k < q.FirstToken; k++)
        {
            if (doc.InQuote[k] || !SourcePhrase.IsCue(doc, k) || !IntroducesQuoteAt(doc, k, q.FirstToken - 1)) continue;
            if (a.Cue is not { } cue || doc.Tokens[k].Start != cue.Start) return true;
        }
        return false;
    }

    /// <summary>
    /// "He called on the party to “…” . He promised that he is staying in the race. “Let me be clear: …”": a sentence of its own
    /// with a verb of saying between the two, right before the second quote, reports what the second quote goes on with (PolNeAR
    /// annotates that report and the quote as one attribution), so the second quote is no later piece of the first.
    /// </summary>
    private static bool ReportSentenceBefore(Document doc, QuoteCandidate a, QuoteCandidate q) =>
        ReportingSentenceBefore(doc, q.FirstToken, Math.Max(a.EndToken, a.ClauseEndToken) - 1);

    /// <summary>The sentence ending right before the quote whose first token is <paramref name="first"/> starts after token <paramref name="after"/> and reports words of its own.</summary>
    private static bool ReportingSentenceBefore(Document doc, int first, int after)
    {
        var before = first - 1;
        while (before > 0 && doc.Tokens[before].Kind == TokenKind.Quote) before--;
        if (before <= 0) return false;
        var sentence = doc.Sentences[doc.SentenceOf[before]];
        if (sentence.FirstToken <= after || doc.SentenceOf[before] <= doc.SentenceOf[Math.Max(0, after)] || doc.SentenceOf[before] == doc.SentenceOf[first]) return false;
        // The report carries words of its own: "promised that …", "…, dos Santos says." ("He didn't suggest retaliation." does not).
        for (var k = sentence.FirstToken; k <= before; k++)
        {
            if (!SourcePhrase.IsCue(doc, k)) continue;
            if (doc.WordIs(k + 1, "that") || doc.WordIs(k + 2, "that") && doc.Tokens[k + 1].Kind == TokenKind.Word) return true;
            // "Berg denied she had misled anyone.", "Rao said performances … will make fans happy.": a bare clause of its own.
            // Not an object ("He did not suggest a reply."): no determiner right after the cue.
            if (k > sentence.FirstToken && doc.Tokens[k + 1].Kind == TokenKind.Word && !SourcePhrase.Determiners.Contains(doc.Word(k + 1))
                && Indirect.ReportedClause.Start(doc, k, k + 1, sentence.EndToken) is var start and > 0 && start < sentence.EndToken - 2) return true;
            if (k > sentence.FirstToken + 3 && doc.IsPunct(k + 1, '.') && k + 1 >= sentence.EndToken - 1) return true;
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
