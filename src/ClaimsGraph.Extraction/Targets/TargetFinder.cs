using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Targets;

/// <summary>
/// What a quote is about: the entities mentioned in its words (weight 1), those its words refer to without naming them
/// ("the president", "the island": weight 0.75, <see cref="ReferringWords"/>), the person a "he" or "her" in them can
/// only mean (0.5, <see cref="PronounReferent"/>) and those in its attributing clause (0.5), the speaker excluded unless
/// the quote names them.
/// </summary>
public static class TargetFinder
{
    private const double QuoteWeight = 1.0;
    private const double ClauseWeight = 0.5;
    private const double ReferenceWeight = 0.75;
    private const double PronounWeight = 0.5;

    public static IReadOnlyList<QuoteAbout> Find(Document doc, QuoteCandidate q)
    {
        // A quote has a handful of targets: a list searched in order allocates far less than a dictionary sorted by LINQ.
        var targets = new List<QuoteAbout>(4);
        Collect(doc, q.FirstToken, q.EndToken, QuoteWeight, targets, q.Pieces, referringFor: q);
        Collect(doc, q.ClauseFirstToken, q.ClauseEndToken, ClauseWeight, targets, speakerOf: q.Speaker);
        if (q.Speaker.EntityId is { } speaker && IndexOf(targets, speaker) is var own and >= 0 && !NamedInQuote(doc, q, speaker)) targets.RemoveAt(own);
        if (targets.Count == 0) return [];
        targets.Sort(HeaviestFirst);
        return targets;
    }

    private static int HeaviestFirst(QuoteAbout a, QuoteAbout b) =>
        a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.EntityId, b.EntityId);

    /// <summary>
    /// Mentions in tokens [first, end) at <paramref name="weight"/>; when the quote is given in pieces, a mention
    /// between them (the attribution, or the narrative before a continued quote) counts as the clause does. With
    /// <paramref name="referringFor"/> (the quote's own words), words and pronouns that refer to an entity count too.
    /// </summary>
    private static void Collect(Document doc, int first, int end, double weight, List<QuoteAbout> targets, IReadOnlyList<TextSpan>? pieces = null, QuoteCandidate? referringFor = null, ExtractedSpeaker? speakerOf = null)
    {
        for (var k = Math.Max(0, first); k < end && k < doc.Tokens.Count; k++)
        {
            var m = doc.MentionAt[k];
            if (m < 0)
            {
                if (referringFor is null || pieces is not null && !InsideAny(pieces, doc.Tokens[k].Start)) continue;
                if (ReferringWords.Resolve(doc, k) is { } referred) Raise(targets, referred, ReferenceWeight);
                else if (PronounReferent.Resolve(doc, referringFor, k) is { } person) Raise(targets, person, PronounWeight);
                continue;
            }
            var mention = doc.Mentions[m];
            k = mention.EndToken - 1;
            if (referringFor is null && OwnsTheSpeaker(doc, mention, speakerOf)) continue;
            var w = pieces is null || InsideAny(pieces, doc.Tokens[mention.FirstToken].Start) ? weight : ClauseWeight;
            Raise(targets, mention.EntityId, w);
        }
    }

    private static void Raise(List<QuoteAbout> targets, string entityId, double weight)
    {
        var i = IndexOf(targets, entityId);
        if (i < 0) targets.Add(new QuoteAbout(entityId, weight));
        else if (targets[i].Weight < weight) targets[i] = targets[i] with { Weight = weight };
    }

    private static int IndexOf(List<QuoteAbout> targets, string entityId)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (string.Equals(targets[i].EntityId, entityId, StringComparison.Ordinal)) return i;
        }
        return -1;
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
            // "“Q1,” said X. “Q2.”": X between the pieces is the attribution, not X named by their own words.
            if (m >= 0 && doc.Mentions[m].EntityId == speaker && doc.Mentions[m].Kind == MentionKind.Person && (q.Pieces is null || InsideAny(q.Pieces, doc.Tokens[k].Start))) return true;
        }
        return false;
    }

    /// <summary>"South Korea's military said": the state whose body speaks is part of the speaker's name, not what was said about.</summary>
    private static bool OwnsTheSpeaker(Document doc, EntityMention mention, ExtractedSpeaker? speaker)
    {
        if (mention.Kind != MentionKind.State || speaker?.Mention is not { } said) return false;
        var next = mention.EndToken < doc.Tokens.Count && doc.Tokens[mention.EndToken].Is(TokenFlags.Clitic) ? mention.EndToken + 1 : mention.EndToken;
        return next < doc.Tokens.Count && doc.Tokens[next].Start == said.Start;
    }
}
