using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Reports with no verb of saying: "according to X", "as X reported", "in a poll", "his claim that".</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>"According to X, CLAUSE.", "CLAUSE, according to X." and "A, according to X, B."</summary>
    private static QuoteCandidate? AccordingTo(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (!doc.WordIs(k, "according") || !doc.WordIs(k + 1, "to") || doc.InQuote[k]) continue;
            var f = k + 2;
            var e = SourceEnd(doc, f, s.EndToken);
            // "Now, according to the poll, …", "In addition, according to …": a short sentence adverb may come first.
            var opensSentence = k - s.FirstToken <= 2 && (k == s.FirstToken || doc.IsPunct(k - 1, ',') || doc.Tokens[k - 1].Kind == TokenKind.Word)
                                || doc.IsPunct(k - 1, ',') && ShortIntro(doc, s.FirstToken, k - 1);
            // "while — according to emails … — knowing …": the report resumes after the closing dash.
            var betweenDashes = AccordingSource.IsDash(doc, k - 1);
            var wide = AccordingSource.End(doc, f, s.EndToken);
            if (wide > e && doc.Tokens[f].Kind is TokenKind.Word or TokenKind.Number
                && (opensSentence && doc.IsPunct(wide, ',') || betweenDashes && AccordingSource.IsDash(doc, wide) || wide == s.EndToken || AccordingSource.OnlyMarksAfter(doc, wide, s.EndToken)))
                e = wide;
            else if (e == f || !(SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsShortNounPhrase(doc, f, e))) return null;
            if (betweenDashes && e < s.EndToken && AccordingSource.IsDash(doc, e))
            {
                var end = ReportedClause.End(doc, e + 1, s.EndToken);
                if (end - (e + 1) < MinClauseTokens || ReportedClause.HasQuoteMark(doc, e + 1, end)) return null;
                return Candidate(doc, e + 1, end, SpeakerResolver.Resolve(doc, f, e, fromRight: false), k, k + 2, s, k, e, SpeechConfidence);
            }
            if (opensSentence && e < s.EndToken && doc.IsPunct(e, ','))
            {
                var end = ReportedClause.End(doc, e + 1, s.EndToken);
                if (end - (e + 1) < MinClauseTokens || ReportedClause.HasQuoteMark(doc, e + 1, end)) return null;
                // "According to the complaint, the developers engaged in a “massive scheme”": the report goes on in quoted
                // words, a partial quote the quote finder reports with its marks.
                if (QuoteFollows(doc, end, s.EndToken)) return null;
                return Candidate(doc, e + 1, end, SpeakerResolver.Resolve(doc, f, e, fromRight: false), k, k + 2, s, k, e, SpeechConfidence);
            }
            if (k - 1 <= s.FirstToken) return null;
            if (k - s.FirstToken > ReportedClause.MaxClauseTokens) return null;
            var clauseEnd = ReportedClause.TrimEnd(doc, s.FirstToken, k);
            if (clauseEnd - s.FirstToken < MinClauseTokens || ReportedClause.HasQuoteMark(doc, s.FirstToken, clauseEnd)) return null;
            var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
            if (doc.IsPunct(e, ',') && ReportedClause.MoreWordsThan(doc, e, s.EndToken, MaxTailAfterCue))
            {
                var resumedEnd = ReportedClause.End(doc, e + 1, s.EndToken);
                if (resumedEnd - (e + 1) < MinClauseTokens || ReportedClause.HasQuoteMark(doc, e + 1, resumedEnd)) return null;
                return InPieces(doc, s.FirstToken, clauseEnd, e + 1, resumedEnd, Candidate(doc, s.FirstToken, resumedEnd, speaker, k, k + 2, s, k, e, SpeechConfidence));
            }
            return Candidate(doc, s.FirstToken, clauseEnd, speaker, k, k + 2, s, k, e, SpeechConfidence);
        }
        return null;
    }

    /// <summary>"As reported by X, CLAUSE", "as The Times reported on Saturday, CLAUSE": the clause after the phrase's comma.</summary>
    private static QuoteCandidate? AsReportedClause(Document doc, Sentence s, AsReported.Phrase p)
    {
        var start = p.Comma + 1;
        var end = ReportedClause.End(doc, start, s.EndToken);
        if (end - start < MinClauseTokens || ReportedClause.HasQuoteMark(doc, start, end) || QuoteFollows(doc, end, s.EndToken)) return null;
        return Candidate(doc, start, end, SpeakerResolver.Resolve(doc, p.SourceFirst, p.SourceEnd, fromRight: false), p.Cue, p.Cue + 1, s, p.As, p.Comma, SpeechConfidence);
    }
    private const int MaxIntroWords = 4;

    /// <summary>"Now", "In addition", "But in California": a few words opening the sentence before its first comma at <paramref name="comma"/>.</summary>
    private static bool ShortIntro(Document doc, int first, int comma)
    {
        if (comma <= first || comma - first > MaxIntroWords) return false;
        for (var j = first; j < comma; j++) if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        return true;
    }

    /// <summary>"In exit polls, CLAUSE." and "CLAUSE in the latest Marist poll.": a poll or statement as the source.</summary>
    private static QuoteCandidate? InEvidence(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (!doc.WordIs(k, "in") || doc.InQuote[k]) continue;
            var f = k + 1;
            var e = SourceEnd(doc, f, s.EndToken);
            if (e == f || !IndirectCues.EvidenceHeads.Contains(doc.Word(e - 1)))
            {
                if (k == s.FirstToken && EvidencePhrase.Opener(doc, f, s.EndToken) is var (oe, clause) && oe > f)
                {
                    var openerEnd = ReportedClause.End(doc, clause, s.EndToken);
                    if (openerEnd - clause < MinClauseTokens || ReportedClause.HasQuoteMark(doc, clause, openerEnd)) return null;
                    return Candidate(doc, clause, openerEnd, SpeakerResolver.Resolve(doc, f, oe, fromRight: false), k, k + 1, s, k, oe, ThoughtConfidence);
                }
                if (k - s.FirstToken >= MinClauseTokens && k - s.FirstToken <= ReportedClause.MaxClauseTokens && EvidencePhrase.Closer(doc, f, s.EndToken) is var ce && ce > f)
                {
                    var closedEnd = ReportedClause.TrimEnd(doc, s.FirstToken, k);
                    if (ReportedClause.HasQuoteMark(doc, s.FirstToken, closedEnd)) return null;
                    return Candidate(doc, s.FirstToken, closedEnd, SpeakerResolver.Resolve(doc, f, ce, fromRight: false), k, k + 1, s, k, ce, ThoughtConfidence);
                }
                continue;
            }
            if (StandingInPolls.IsGeneric(doc, f, e - 1)) continue; // "a wide lead in the polls"
            var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
            if (k == s.FirstToken && doc.IsPunct(e, ',') && EvidencePhrase.ClauseStart(doc, e, s.EndToken) is var start and >= 0)
            {
                var end = ReportedClause.End(doc, start, s.EndToken);
                if (end - start < MinClauseTokens || ReportedClause.HasQuoteMark(doc, start, end)) return null;
                return Candidate(doc, start, end, speaker, k, k + 1, s, k, e, ThoughtConfidence);
            }
            if (k - s.FirstToken < MinClauseTokens || k - s.FirstToken > ReportedClause.MaxClauseTokens || ReportedClause.MoreWordsThan(doc, e, s.EndToken, 0)) continue;
            var clauseEnd = ReportedClause.TrimEnd(doc, s.FirstToken, k);
            if (ReportedClause.HasQuoteMark(doc, s.FirstToken, clauseEnd)) return null;
            return Candidate(doc, s.FirstToken, clauseEnd, speaker, k, k + 1, s, k, e, ThoughtConfidence);
        }
        return null;
    }

    /// <summary>"his claim that CLAUSE", "Trump's argument that CLAUSE", "the notion that CLAUSE".</summary>
    private static QuoteCandidate? NominalCue(Document doc, Sentence s, int noun)
    {
        var that = noun + 1;
        if (!doc.WordIs(that, "that") || that >= s.EndToken || ReportedClause.IsRelativeThat(doc, that, s.EndToken)) return null;
        var end = OpeningClause.End(doc, s, noun, that, ReportedClause.End(doc, that, s.EndToken));
        if (end - that < MinClauseTokens + 1 || ReportedClause.HasQuoteMark(doc, that, end)) return null;
        var (speaker, attrFirst) = PossessiveHolder(doc, s, noun);
        // "Trump repeated the claim that …": with no possessive, the claim is the sentence subject's.
        if (attrFirst == noun && SentenceSubject.Find(doc, s, noun) is var (sf, se) && se > sf && SourcePhrase.LooksLikeSource(doc, sf, se))
        {
            speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
            attrFirst = sf;
        }
        return Candidate(doc, that, end, speaker, noun, noun + 1, s, attrFirst, noun + 1, NominalConfidence);
    }

    /// <summary>
    /// The holder of a nominal cue standing before it as a possessive, "his", "Trump's", "the campaign's", and where the
    /// attribution starts; <see cref="ExtractedSpeaker.Unknown"/> and the noun itself when there is none.
    /// </summary>
    private static (ExtractedSpeaker Speaker, int AttrFirst) PossessiveHolder(Document doc, Sentence s, int noun)
    {
        for (var k = noun - 1; k >= s.FirstToken && k >= noun - 3; k--)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) break;
            if (doc.Tokens[k].Is(TokenFlags.Clitic) && k - 1 >= s.FirstToken)
            {
                var owner = doc.MentionAt[k - 1] >= 0 ? doc.Mentions[doc.MentionAt[k - 1]].FirstToken : k - 1;
                return (SpeakerResolver.Resolve(doc, owner, k, fromRight: true), owner);
            }
            if (IsPossessivePronoun(doc, k)) return (SpeakerResolver.Resolve(doc, k, k + 1, fromRight: true), k);
        }
        return (ExtractedSpeaker.Unknown, noun);
    }

    /// <summary>
    /// "his attacks on Clinton", "Clinton's criticism of the deal", "criticism from rivals that CLAUSE", "calls from
    /// Democrats for a recount": an attitude noun (<see cref="NominalAttitude"/>) whose object is the content; only with a holder.
    /// </summary>
    private static QuoteCandidate? NominalObject(Document doc, Sentence s, int noun)
    {
        var w = doc.Word(noun);
        if (noun + 2 >= s.EndToken) return null;
        if (NominalAttitude.TakesObjectAt(doc, w, noun + 1))
        {
            var (holder, attrFirst) = PossessiveHolder(doc, s, noun);
            if (attrFirst == noun) return null;
            // "Sanders has stepped up his attacks on …", "the politicians were unanimous in their condemnation of …": a
            // possessive pronoun takes up the sentence subject, which holds the attitude and names it; the pronoun, as
            // written, stays the mention of the holder.
            if (IsPossessivePronoun(doc, attrFirst) && SentenceSubject.Find(doc, s, attrFirst) is var (sf, se) && se > sf && se <= attrFirst
                && SourcePhrase.LooksLikeSource(doc, sf, se))
                holder = SpeakerResolver.Resolve(doc, sf, se, fromRight: false) with { Mention = doc.SpanOf(attrFirst, attrFirst + 1) };
            return NominalObjectReport(doc, s, noun, noun + 2, holder, attrFirst, noun + 2, noun + 2);
        }
        if (!doc.WordIs(noun + 1, "from") || !NominalAttitude.HolderMayFollow(w)) return null;
        var he = NominalAttitude.HolderEnd(doc, w, noun + 1, s.EndToken);
        if (he < 0 || he + 1 >= s.EndToken || !(SourcePhrase.LooksLikeSource(doc, noun + 2, he) || SourcePhrase.IsShortNounPhrase(doc, noun + 2, he))) return null;
        var speaker = SpeakerResolver.Resolve(doc, noun + 2, he, fromRight: false);
        if (doc.WordIs(he, "that"))
        {
            if (ReportedClause.IsRelativeThat(doc, he, s.EndToken)) return null;
            var end = ReportedClause.End(doc, he, s.EndToken);
            if (end - he < MinClauseTokens + 1 || ReportedClause.HasQuoteMark(doc, he, end) || QuoteFollows(doc, end, s.EndToken)) return null;
            return Candidate(doc, he, end, speaker, noun, noun + 1, s, noun, he, NominalConfidence);
        }
        return NominalAttitude.TakesObjectAt(doc, w, he) ? NominalObjectReport(doc, s, noun, noun + 1, speaker, noun, he + 1, he + 1) : null;
    }

    private static QuoteCandidate? NominalObjectReport(Document doc, Sentence s, int noun, int cueEnd, ExtractedSpeaker holder, int attrFirst, int attrEnd, int start)
    {
        var end = NominalAttitude.BeforePredicate(doc, start, ReportedClause.End(doc, start, s.EndToken, plainObject: true));
        // "… for the suggestion that someone “ought to look into” it": the object goes on in quoted words, a partial quote's.
        if (end <= start || ReportedClause.HasQuoteMark(doc, start, end) || QuoteFollows(doc, end, s.EndToken)) return null;
        return Candidate(doc, start, end, holder, noun, cueEnd, s, attrFirst, attrEnd, NominalConfidence);
    }

    /// <summary>The end of the source after "according to": up to punctuation, dots of abbreviations kept.</summary>
    private static int SourceEnd(Document doc, int f, int limit)
    {
        var e = f;
        while (e < limit && e - f < 14)
        {
            var t = doc.Tokens[e];
            if (t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Punct && !(doc.IsPunct(e, '.') && e > f && doc.Tokens[e - 1].End == t.Start && e + 1 < limit && doc.Tokens[e + 1].Kind == TokenKind.Word)) break;
            e++;
        }
        return e;
    }
}
