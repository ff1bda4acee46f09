namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The mayor told reporters outside City Hall that “the pier will be rebuilt.”", "She said about the plan: “…”", "He
/// explained it this way: “…”": a cue that introduces a quotation after it takes the quotation as what was said; the
/// words between the cue and the opening mark are the quotation's lead-in (addressee, topic, a "that", the start of a
/// sentence the quotation finishes), part of that one attribution and no report of their own. The quote stage gives the
/// quotation that cue; a report read from the same cue whose words end before the quotation is dropped.
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
    public static bool IsLeadIn(Dictionary<int, int>? cues, QuoteCandidate c) =>
        cues is not null && c.Cue is { } cue && cues.TryGetValue(cue.Start, out var quote) && c.Span.Start >= cue.End && c.Span.End <= quote;
}
