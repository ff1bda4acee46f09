using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Attributes quoted pieces to speakers. A piece that stands as its own utterance (it opens the sentence or
/// follows "X said," / "X told reporters:") becomes a DIRECT quote; pieces embedded in reported speech
/// ("Trump says voter fraud “would be …”") become one PARTIAL quote whose span is the reported clause that
/// carries them; quoted words in a sentence with no speech cue are scare quotes or titles and are dropped.
/// A quote with no cue of its own takes the speaker of the quote it continues or of its neighbours.
/// </summary>
public static partial class QuoteAttributor
{
    public static List<QuoteCandidate> Attribute(Document doc, List<QuotePiece> pieces)
    {
        var results = new List<QuoteCandidate>(pieces.Count);
        var pending = new List<(int Result, int Piece)>();
        var doneSentence = -1;
        // Where the last PARTIAL clause ended: "…, adding, “Q2”" after a reported clause is already in that clause.
        var reportedUntil = -1;
        for (var pi = 0; pi < pieces.Count; pi++)
        {
            var p = pieces[pi];
            if (p.Open < reportedUntil) continue;
            var sIndex = doc.SentenceOf[p.Open];
            var s = doc.Sentences[sIndex];
            var continuation = pi > 0 && pieces[pi - 1].Close < 0;
            if (continuation || IsStandalone(doc, p, s) || ResumesAfterAttribution(doc, pieces, pi))
            {
                var paragraph = s.Paragraph;
                if (TryCueAfter(doc, p, out var speaker, out var cue, out var clauseEnd))
                {
                    results.Add(Direct(p, speaker, cue, 0.9, p.Close + 1, clauseEnd, paragraph));
                }
                else if (TryCueBefore(doc, p, s, out speaker, out cue, out var clauseFirst))
                {
                    results.Add(Direct(p, speaker, cue, 0.9, clauseFirst, p.Open, paragraph));
                }
                else if (TryColonIntroduction(doc, p, out speaker, out cue, out clauseFirst, out var colonConfidence))
                {
                    results.Add(Direct(p, speaker, cue, colonConfidence, clauseFirst, p.Open, paragraph));
                }
                else
                {
                    pending.Add((results.Count, pi));
                    results.Add(Direct(p, ExtractedSpeaker.Unknown, null, 0.5, p.Open, p.Open, paragraph) with { OwnCue = false });
                }
                continue;
            }
            if (sIndex <= doneSentence) continue;
            // "The endorsement “was early. People were still talking about Warren,” said X": quoted words that
            // run over a sentence end belong to the sentence their closing mark ends, cue and all.
            var endSentence = sIndex;
            var last = pi;
            while (true)
            {
                while (last + 1 < pieces.Count && doc.SentenceOf[pieces[last + 1].Open] <= endSentence) last++;
                var close = pieces[last].Close;
                if (close < 0 || doc.SentenceOf[close] <= endSentence || doc.Sentences[doc.SentenceOf[close]].Paragraph != s.Paragraph) break;
                endSentence = doc.SentenceOf[close];
            }
            doneSentence = endSentence;
            if (endSentence > sIndex) s = new Sentence(s.FirstToken, doc.Sentences[endSentence].EndToken, s.Paragraph);
            // Several reported clauses may share a sentence: "“…” are sickening, Hollande said, noting he “…”".
            var from = s.FirstToken;
            // "“…,” the army said in a statement, adding that … “…”": a quote of its own, attributed by a cue of its own, earlier
            // in this sentence lends its speaker to a participle after that attribution, as a PARTIAL clause before it would.
            var previous = results.Count > 0 && results[^1] is { Kind: QuoteKind.Direct, OwnCue: true } d && d.Speaker != ExtractedSpeaker.Unknown
                && d.FirstToken >= s.FirstToken && d.ClauseEndToken > d.EndToken && ParticipleEndsAttribution(doc, d.ClauseEndToken, p.Open) ? d.Speaker : null;
            for (var gi = pi; gi <= last;)
            {
                var (partial, consumed) = TryEmbedded(doc, pieces, gi, last, s, from, previous);
                if (partial is null) break;
                if (!OnlyTitlesIn(doc, pieces, gi, partial) && !IsAttributionAdverbialWithTitles(doc, pieces, gi, partial, results))
                {
                    results.Add(partial);
                    reportedUntil = Math.Max(reportedUntil, partial.EndToken);
                }
                previous = partial.Speaker;
                from = consumed;
                while (gi <= last && pieces[gi].Open < consumed) gi++;
            }
        }
        ResolveFromContext(doc, pieces, results, pending);
        if (pending.Count > 0) results.RemoveAll(q => q.Kind == QuoteKind.Direct && q.Cue is null && InsidePartial(results, q));
        return MergePieces(doc, results);
    }

    private const int MaxAttributionTail = 12;

    /// <summary>
    /// "the army said in a statement, adding that …": the attribution ending at <paramref name="clauseEnd"/> runs on, over a
    /// few plain words, to a comma and a speech participle before <paramref name="open"/>; no other clause comes between.
    /// </summary>
    private static bool ParticipleEndsAttribution(Document doc, int clauseEnd, int open)
    {
        for (var k = clauseEnd; k < open && k < clauseEnd + MaxAttributionTail; k++)
        {
            if (doc.IsPunct(k, ',')) return SourcePhrase.IsCue(doc, k + 1) && doc.Word(k + 1).EndsWith("ing", StringComparison.Ordinal);
            // "said Rep. Bobby Scott (D-Va.) at the time, adding": brackets and the glued marks of an abbreviation stay inside.
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !doc.IsPunct(k, '(') && !doc.IsPunct(k, ')') && !doc.Tokens[k].Is(TokenFlags.Glued)) return false;
        }
        return false;
    }

    /// <summary>
    /// "“We are ready to talk” but “nobody will push us around”, Lund told reporters": a cue-less piece opening the sentence was taken as
    /// an utterance of its own before the later piece's clause, which holds it, was found; the clause is the quote.
    /// </summary>
    private static bool InsidePartial(List<QuoteCandidate> results, QuoteCandidate q)
    {
        foreach (var p in results)
        {
            if (p.Kind == QuoteKind.Partial && p.Span.Start <= q.Span.Start && q.Span.End <= p.Span.End) return true;
        }
        return false;
    }

    private static QuoteCandidate Direct(QuotePiece p, ExtractedSpeaker speaker, TextSpan? cue, double confidence, int clauseFirst, int clauseEnd, int paragraph) =>
        new(new TextSpan(p.ContentStart, p.ContentEnd), QuoteKind.Direct, speaker, cue, speaker.EntityId is null && speaker.Description is null ? Math.Min(confidence, 0.4) : confidence,
            p.First, p.End, clauseFirst, Math.Max(clauseFirst, clauseEnd), paragraph) { ContinuesInNextParagraph = p.Close < 0 };

    /// <summary>The piece is an utterance of its own: it opens the sentence, or follows a colon, a cue, or "cue ,".</summary>
    private static bool IsStandalone(Document doc, QuotePiece p, Sentence s)
    {
        var words = 0;
        for (var k = p.First; k < p.End && words < 4; k++) if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        var endsLikeSpeech = p.End > p.First && doc.Tokens[p.End - 1].Kind == TokenKind.Punct && doc.CharAt(p.End - 1) is ',' or '.' or '?' or '!' or '\u2026' or '-' or '\u2014';
        if (words < 4 && !endsLikeSpeech) return false;
        var k0 = p.Open - 1;
        if (p.Open == s.FirstToken || k0 < 0 || doc.Tokens[p.Open].Is(TokenFlags.ParagraphStart)) return true;
        if (doc.IsPunct(k0, ':')) return true;
        // "Trump says “the whole game has become screwed up” because …": a fragment opening in lower case right
        // after the cue belongs to the reported clause; a capitalised one is an utterance of its own.
        if (SourcePhrase.IsCue(doc, k0)) return !StartsInLowerCase(doc, p);
        // "said via email that, “…”": the quote is the reported clause after "that", not an utterance of its own.
        if (doc.IsPunct(k0, ',') && k0 - 1 >= s.FirstToken && doc.WordIs(k0 - 1, "that")) return false;
        if (doc.IsPunct(k0, ',') || doc.IsPunct(k0, '\u2014') || doc.IsPunct(k0, '-'))
        {
            for (var k = k0 - 1; k >= s.FirstToken && k >= k0 - 5; k--)
            {
                if (doc.Tokens[k].Kind == TokenKind.Quote) break;
                if (SourcePhrase.IsCue(doc, k)) return true;
            }
        }
        // "Said Ann Lee, who grew up there, “…”", "As one critic put it, “…”".
        if (IntroducingOpener(doc, p, s).End > 0) return true;
        // An earlier standalone quote in this sentence's paragraph, then "he said," then this one.
        return false;
    }

    private const int MaxAttributionBetweenPieces = 20;
    private const int MinResumingTokens = 5;

    /// <summary>
    /// "“Q1,” Sanders said at a rally in Binghamton, N.Y. “Q2.”", "“Q1,” he said of people whose rights were restored, “But Q2.”":
    /// a capitalised piece right after the attribution (a cue and its adverbials, no other quote) of a piece that ended in a
    /// comma goes on with that utterance; it is no quoted fragment of a clause reported by the attribution's cue.
    /// </summary>
    private static bool ResumesAfterAttribution(Document doc, List<QuotePiece> pieces, int pi)
    {
        var p = pieces[pi];
        // A word or two ("“Spanish”", "“People were celebrating”") is a fragment whatever comes before it.
        if (pi == 0 || p.TokenCount < MinResumingTokens || StartsInLowerCase(doc, p) && !OpensWithConjunction(doc, p) || doc.Tokens[p.Open].Is(TokenFlags.ParagraphStart)
            || pieces[pi - 1] is not { Close: >= 0 } before || !EndsWithCommaInside(doc, before.Close)) return false;
        // The attribution ends in a comma or a full stop, also the one of an abbreviation ("in Fort Mill, S.C.").
        if (p.Open - before.Close > MaxAttributionBetweenPieces || !(doc.IsPunct(p.Open - 1, ',') || doc.IsPunct(p.Open - 1, '.') || doc.Word(p.Open - 1) is [.., '.'])) return false;
        var cue = false;
        for (var k = before.Close + 1; k < p.Open; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.Tokens[k].Is(TokenFlags.ParagraphStart)) return false;
            cue |= SourcePhrase.IsCue(doc, k);
        }
        return cue;
    }

    // "“Q1,” Thiel wrote in a statement to Wired, “but most Americans agree …”": the interrupted sentence goes on.
    private static readonly WordSet ContinuingConjunctions = new(["but", "and", "or", "so", "because", "which", "yet"]);

    private static bool OpensWithConjunction(Document doc, QuotePiece p) =>
        p.First < p.End && doc.Tokens[p.First].Kind == TokenKind.Word && ContinuingConjunctions.Contains(doc.Word(p.First));

    private static bool StartsInLowerCase(Document doc, QuotePiece p)
    {
        for (var k = p.First; k < p.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word) return char.IsLower(doc.Text[doc.Tokens[k].Start]);
            if (doc.Tokens[k].Kind == TokenKind.Number) return false;
        }
        return false;
    }
}
