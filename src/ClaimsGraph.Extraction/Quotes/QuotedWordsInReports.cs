using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// "Clinton decried the GOP for “turning its back” on workers": the indirect-speech stage reads the report from
/// its own cue and stops at the quotation mark, while the quote stage dropped the quoted words as scare quotes
/// because "decried" is no verb of saying. Words reported with quoted words inside are a PARTIAL quote (the
/// quoted words are the speaker's), so such a report becomes one, its clause running through the quoted words
/// to where a reported clause ends.
/// </summary>
public static class QuotedWordsInReports
{
    // The quotation mark may follow the report's last word after a comma or a dash ("warned him not to, “…”").
    private const int MaxGap = 2;

    public static void Promote(Document doc, List<QuotePiece> pieces, List<QuoteCandidate> quotes, List<QuoteCandidate> reports)
    {
        if (reports.Count == 0 || pieces.Count == 0) return;
        var claimed = new bool[doc.Tokens.Count];
        foreach (var q in quotes)
        {
            for (var k = Math.Max(0, q.FirstToken); k < q.EndToken && k < claimed.Length; k++) claimed[k] = true;
        }
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            if (r.Kind != QuoteKind.Indirect) continue;
            var pi = PieceOpeningAfter(doc, pieces, r.EndToken);
            if (pi < 0 || IsClaimed(claimed, pieces[pi])) continue;
            var si = doc.SentenceOf[pieces[pi].Open];
            if (si != doc.SentenceOf[r.EndToken - 1]) continue;
            var last = pi;
            while (last + 1 < pieces.Count && pieces[last].Close >= 0 && doc.SentenceOf[pieces[last + 1].Open] == si && !IsClaimed(claimed, pieces[last + 1])) last++;
            var end = QuoteAttributor.ReportedClauseEnd(doc, pieces[last], doc.Sentences[si]);
            while (end > r.FirstToken && doc.Tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote && !doc.IsPunct(end - 1, '?')) end--;
            if (end <= pieces[pi].Open) continue;
            // "battled with the council over the budget, at one point calling the treasurer a “liar”": the participle's clause.
            var participle = QuoteAttributor.ParticipleBefore(doc, r.FirstToken, pieces[pi].Open);
            var first = participle >= 0 ? QuoteAttributor.ClauseStart(doc, participle, pieces[pi].Open) : r.FirstToken;
            reports[i] = r with
            {
                Span = new TextSpan(first == r.FirstToken ? r.Span.Start : doc.Tokens[first].Start, doc.Tokens[end - 1].End),
                Kind = QuoteKind.Partial,
                FirstToken = first,
                EndToken = end,
                Cue = participle >= 0 ? doc.SpanOf(participle, participle + 1) : r.Cue,
            };
            for (var k = r.FirstToken; k < end; k++) claimed[k] = true;
        }
    }

    /// <summary>The index of the piece whose opening mark is at <paramref name="k"/> or a punctuation mark or two after it, or -1.</summary>
    private static int PieceOpeningAfter(Document doc, List<QuotePiece> pieces, int k)
    {
        for (var j = k; j < doc.Tokens.Count && j <= k + MaxGap; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote)
            {
                var lo = 0;
                var hi = pieces.Count - 1;
                while (lo <= hi)
                {
                    var mid = (lo + hi) / 2;
                    if (pieces[mid].Open == j) return mid;
                    if (pieces[mid].Open < j) lo = mid + 1; else hi = mid - 1;
                }
                return -1;
            }
            if (doc.Tokens[j].Kind != TokenKind.Punct || doc.IsPunct(j, '.') || doc.IsPunct(j, ';') || doc.Tokens[j].Is(TokenFlags.ParagraphStart)) return -1;
        }
        return -1;
    }

    private static bool IsClaimed(bool[] claimed, QuotePiece p) => claimed[p.Open] || p.First < claimed.Length && claimed[p.First];
}
