using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The mayor told reporters outside City Hall that “the pier will be rebuilt.”", "She said about the plan: “…”", "He
/// explained it this way: “…”": a cue that introduces a quotation after it takes the quotation as what was said; the
/// words between the cue and the opening mark are the quotation's lead-in (addressee, topic, a "that", the start of a
/// sentence the quotation finishes), part of that one attribution and no report of their own. The quote stage gives the
/// quotation that cue; a report read from the same cue whose words end before the quotation is dropped. So is one whose
/// words end at the colon the quote stage took for the quotation's cue, "The board said about its decision to raise the
/// toll: “…”".
/// </summary>
public static class QuotationLeadIn
{
    /// <summary>Where each quotation with its cue before it starts, by the cue's start; null when there is none.</summary>
    public static Dictionary<int, int>? Cues(List<QuoteCandidate> direct)
    {
        Dictionary<int, int>? cues = null;
        foreach (var q in direct)
        {
            if (q.Cue is { } cue && cue.End <= q.Span.Start) (cues ??= [])[cue.Start] = q.Span.Start;
        }
        return cues;
    }

    /// <summary>Whether report <paramref name="c"/> lies between its cue and the quotation that cue introduces.</summary>
    public static bool IsLeadIn(Document doc, Dictionary<int, int>? cues, QuoteCandidate c)
    {
        if (cues is null || c.Cue is not { } cue || c.Span.Start < cue.End) return false;
        if (cues.TryGetValue(cue.Start, out var quote)) return c.Span.End <= quote;
        var colon = c.Span.End;
        while (colon < doc.Text.Length && doc.Text[colon] == ' ') colon++;
        return colon < doc.Text.Length && doc.Text[colon] == ':' && cues.ContainsKey(colon);
    }
}
