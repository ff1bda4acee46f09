using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Reported speech without quotation marks, in sentences that hold no quote: "X said (that) CLAUSE",
/// "CLAUSE, X said", "CLAUSE, said X", "According to X, CLAUSE" and "CLAUSE, according to X".
/// The span is the reported clause without "that".
/// </summary>
public static class IndirectSpeechFinder
{
    private const int MinClauseTokens = 4;

    public static List<QuoteCandidate> Find(Document doc, List<QuoteCandidate> direct)
    {
        var found = new List<QuoteCandidate>();
        var taken = new bool[doc.Sentences.Count];
        foreach (var q in direct)
        {
            if (q.FirstToken < doc.Tokens.Count) taken[doc.SentenceOf[q.FirstToken]] = true;
            if (q.EndToken - 1 < doc.Tokens.Count && q.EndToken > 0) taken[doc.SentenceOf[q.EndToken - 1]] = true;
        }
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            if (taken[si]) continue;
            var s = doc.Sentences[si];
            if (HasQuoteMark(doc, s)) continue;
            if (TryAccordingTo(doc, s) is { } according) { found.Add(according); continue; }
            for (var v = s.FirstToken; v < s.EndToken; v++)
            {
                if (!IsIndirectCue(doc, v)) continue;
                if (TryCueAfterClause(doc, s, v) is { } after) { found.Add(after); break; }
                if (TryCueBeforeClause(doc, s, v) is { } before) { found.Add(before); break; }
            }
        }
        return found;
    }

    private static bool IsIndirectCue(Document doc, int v) =>
        SourcePhrase.IsCue(doc, v) && !SpeechCues.QuoteOnlyVerbs.Contains(doc.Word(v)) && !doc.Tokens[v].IsCapitalized;

    private static bool HasQuoteMark(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++) if (doc.Tokens[k].Kind == TokenKind.Quote) return true;
        return false;
    }

    /// <summary>"X said (that) CLAUSE."</summary>
    private static QuoteCandidate? TryCueBeforeClause(Document doc, Sentence s, int v)
    {
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return null;
        if (v + 1 >= s.EndToken || doc.Tokens[v + 1].Kind == TokenKind.Punct) return null;
        var start = QuoteAttributor.ClauseStart(doc, v, s.EndToken);
        var end = TrimEnd(doc, start, s.EndToken);
        if (end - start < MinClauseTokens) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
        return Candidate(doc, start, end, speaker, v, s, f, v + 1, 0.6);
    }

    /// <summary>"CLAUSE, X said." and "CLAUSE, said X."</summary>
    private static QuoteCandidate? TryCueAfterClause(Document doc, Sentence s, int v)
    {
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        int comma;
        ExtractedSpeakerRange source;
        if (e > f && f - 1 > s.FirstToken && doc.IsPunct(f - 1, ',') && SourcePhrase.LooksLikeSource(doc, f, e))
        {
            comma = f - 1;
            source = new(f, e, true);
        }
        else if (doc.IsPunct(v - 1, ',') && v - 1 > s.FirstToken)
        {
            (f, e) = SourcePhrase.After(doc, v, s.EndToken);
            if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return null;
            comma = v - 1;
            source = new(f, e, false);
        }
        else return null;
        // The cue must end the sentence (allowing a short tail: "on Friday", "in a statement").
        var tail = source.FromRight ? v + 1 : source.End;
        if (TrimEnd(doc, tail, s.EndToken) - tail > 6) return null;
        var end = TrimEnd(doc, s.FirstToken, comma);
        if (end - s.FirstToken < MinClauseTokens) return null;
        var speaker = SpeakerResolver.Resolve(doc, source.First, source.End, source.FromRight);
        return Candidate(doc, s.FirstToken, end, speaker, v, s, Math.Min(v, source.First), Math.Max(v + 1, source.End), 0.6);
    }

    /// <summary>"According to X, CLAUSE." and "CLAUSE, according to X."</summary>
    private static QuoteCandidate? TryAccordingTo(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (!doc.WordIs(k, "according") || !doc.WordIs(k + 1, "to")) continue;
            var f = k + 2;
            var e = f;
            while (e < s.EndToken && doc.Tokens[e].Kind != TokenKind.Punct || e < s.EndToken && doc.IsPunct(e, '.') && doc.Tokens[e - 1].End == doc.Tokens[e].Start && e + 1 < s.EndToken && doc.Tokens[e + 1].Kind == TokenKind.Word) e++;
            if (e == f || !SourcePhrase.LooksLikeSource(doc, f, e)) return null;
            var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
            if (k == s.FirstToken && e < s.EndToken && doc.IsPunct(e, ','))
            {
                var end = TrimEnd(doc, e + 1, s.EndToken);
                return end - (e + 1) >= MinClauseTokens ? Candidate(doc, e + 1, end, speaker, k, s, k, e, 0.6, cueEnd: k + 2) : null;
            }
            if (k - 1 > s.FirstToken && doc.IsPunct(k - 1, ','))
            {
                var end = TrimEnd(doc, s.FirstToken, k - 1);
                return end - s.FirstToken >= MinClauseTokens ? Candidate(doc, s.FirstToken, end, speaker, k, s, k, e, 0.6, cueEnd: k + 2) : null;
            }
            return null;
        }
        return null;
    }

    private static int TrimEnd(Document doc, int first, int end)
    {
        while (end > first && doc.Tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote) end--;
        return end;
    }

    private static QuoteCandidate Candidate(Document doc, int first, int end, Pipeline.ExtractedSpeaker speaker, int cue, Sentence s, int attrFirst, int attrEnd, double confidence, int cueEnd = -1)
    {
        var cueSpan = doc.SpanOf(cue, cueEnd < 0 ? cue + 1 : cueEnd);
        return new QuoteCandidate(doc.SpanOf(first, end), QuoteKind.Indirect, speaker, cueSpan,
            speaker.EntityId is null ? confidence - 0.1 : confidence, first, end, attrFirst, attrEnd, s.Paragraph);
    }

    private readonly record struct ExtractedSpeakerRange(int First, int End, bool FromRight);
}
