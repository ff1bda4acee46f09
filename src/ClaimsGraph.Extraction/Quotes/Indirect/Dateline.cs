using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "KYIV, Ukraine (AP) — Russian forces launched …, officials said.", "WASHINGTON (Reuters) - …": a wire dateline says
/// where the story was filed, not what was reported. A report opening the sentence starts after it (the dateline found
/// by the sentence-subject walk, <see cref="SentenceSubject.AfterDateline"/>).
/// </summary>
public static class Dateline
{
    /// <summary><paramref name="c"/> with its words starting after the dateline of sentence <paramref name="s"/>, or <paramref name="c"/> when none precedes them.</summary>
    public static QuoteCandidate Skip(Document doc, Sentence s, QuoteCandidate c)
    {
        if (c.FirstToken != s.FirstToken) return c;
        var after = SentenceSubject.AfterDateline(doc, s, s.EndToken);
        if (after <= c.FirstToken || after >= c.EndToken) return c;
        var start = doc.Tokens[after].Start;
        if (c.Pieces is not { Count: > 1 } pieces) return start < c.Span.End ? c with { Span = new TextSpan(start, c.Span.End), FirstToken = after } : c;
        // "PARIS (AFP) - According to the ministry, …": a first piece that is only the dateline leaves the rest as the report.
        if (pieces[0].End <= start)
        {
            var rest = pieces.Skip(1).ToList();
            var first = FirstTokenAt(doc, rest[0].Start, after, c.EndToken);
            return rest.Count == 1
                ? c with { Span = rest[0], FirstToken = first, Pieces = null, JoinedText = null }
                : c with { Span = rest[0], FirstToken = first, Pieces = rest, JoinedText = string.Join(" ", rest.Select(p => doc.Text[p.Start..p.End])) };
        }
        var trimmed = pieces.Select((p, i) => i == 0 ? new TextSpan(start, p.End) : p).ToList();
        return c with { Span = trimmed[0], FirstToken = after, Pieces = trimmed, JoinedText = string.Join(" ", trimmed.Select(p => doc.Text[p.Start..p.End])) };
    }

    private static int FirstTokenAt(Document doc, int offset, int from, int end)
    {
        var k = from;
        while (k < end && doc.Tokens[k].Start < offset) k++;
        return k;
    }
}
