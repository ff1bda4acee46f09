using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Targets;

/// <summary>
/// What a quote is about: the entities mentioned in its words (weight 1), those its words refer to without naming them
/// ("the president", "the island": weight 0.75, <see cref="ReferringWords"/>) and those in its attributing clause
/// (weight 0.5), the speaker excluded unless the quote names them.
/// </summary>
public static class TargetFinder
{
    private const double QuoteWeight = 1.0;
    private const double ClauseWeight = 0.5;
    private const double ReferenceWeight = 0.75;

    public static IReadOnlyList<QuoteAbout> Find(Document doc, QuoteCandidate q)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        Collect(doc, q.FirstToken, q.EndToken, QuoteWeight, weights, q.Pieces, withReferringWords: true);
        Collect(doc, q.ClauseFirstToken, q.ClauseEndToken, ClauseWeight, weights);
        if (q.Speaker.EntityId is { } speaker && weights.ContainsKey(speaker) && !NamedInQuote(doc, q, speaker)) weights.Remove(speaker);
        return weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new QuoteAbout(w.Key, w.Value)).ToList();
    }

    /// <summary>
    /// Mentions in tokens [first, end) at <paramref name="weight"/>; when the quote is given in pieces, a mention
    /// between them (the attribution, or the narrative before a continued quote) counts as the clause does. With
    /// <paramref name="withReferringWords"/> (the quote's own words), words that refer to an entity count too.
    /// </summary>
    private static void Collect(Document doc, int first, int end, double weight, Dictionary<string, double> weights, IReadOnlyList<TextSpan>? pieces = null, bool withReferringWords = false)
    {
        for (var k = Math.Max(0, first); k < end && k < doc.Tokens.Count; k++)
        {
            var m = doc.MentionAt[k];
            if (m < 0)
            {
                if (withReferringWords && ReferringWords.Resolve(doc, k) is { } referred && (pieces is null || InsideAny(pieces, doc.Tokens[k].Start))
                    && (!weights.TryGetValue(referred, out var had) || had < ReferenceWeight)) weights[referred] = ReferenceWeight;
                continue;
            }
            var mention = doc.Mentions[m];
            k = mention.EndToken - 1;
            var w = pieces is null || InsideAny(pieces, doc.Tokens[mention.FirstToken].Start) ? weight : ClauseWeight;
            if (!weights.TryGetValue(mention.EntityId, out var old) || old < w) weights[mention.EntityId] = w;
        }
    }

    private static bool InsideAny(IReadOnlyList<TextSpan> pieces, int offset)
    {
        foreach (var piece in pieces)
        {
            if (offset >= piece.Start && offset < piece.End) return true;
        }
        return false;
    }

    private static bool NamedInQuote(Document doc, QuoteCandidate q, string speaker)
    {
        for (var k = q.FirstToken; k < q.EndToken; k++)
        {
            var m = doc.MentionAt[k];
            if (m >= 0 && doc.Mentions[m].EntityId == speaker && doc.Mentions[m].Kind == MentionKind.Person) return true;
        }
        return false;
    }
}
