using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Quoted words inside reported speech become one PARTIAL quote whose span is the reported clause, since PolNeAR annotates the clause, not the quoted words.</summary>
public static partial class QuoteAttributor
{
    /// <summary>
    /// Token <paramref name="f"/> follows the closing mark of one of the pieces and a comma (inside the mark or after it).
    /// </summary>
    private static bool RightAfterPiece(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, int f)
    {
        for (var i = firstPiece; i <= lastPiece; i++)
        {
            var close = pieces[i].Close;
            if (close >= 0 && (f == close + 1 && EndsWithCommaInside(doc, close) || f == close + 2 && doc.IsPunct(close + 1, ','))) return true;
        }
        return false;
    }

    /// <summary>
    /// Quoted words inside reported speech: one PARTIAL quote spanning the reported clause, searched from token
    /// <paramref name="from"/>; returns it and the token where its attribution frame ends.
    /// </summary>
    private static (QuoteCandidate? Quote, int End) TryEmbedded(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, Sentence s, int from, ExtractedSpeaker? previous)
    {
        var first = pieces[firstPiece];
        var last = pieces[lastPiece];
        var tokens = doc.Tokens;
        // "…, X said" / "…,” said X" after the quoted words (the first cue after the first piece decides).
        var afterFrom = first.Close >= 0 ? first.Close + 1 : first.End;
        // "… “…” at the agency, according to its attorneys." / "According to its attorneys, … “…”".
        for (var a = afterFrom; a < s.EndToken; a++)
        {
            if (!doc.IsPunct(a - 1, ',') && !EndsWithCommaInside(doc, a - 1)) continue;
            var (af, ae) = AccordingToSource(doc, a, s.EndToken);
            if (ae <= af) continue;
            return (Clause(doc, from, a - 1, SpeakerResolver.Resolve(doc, af, ae, fromRight: false), a, s, a, ae), ae);
        }
        if (from == s.FirstToken && AccordingToSource(doc, from, first.Open) is var (bf, be) && be > bf && CommaClosingAccordingTo(doc, be, first.Open) is var ce and > 0)
            return (Clause(doc, ce + 1, ReportedClauseEnd(doc, last, s), SpeakerResolver.Resolve(doc, bf, be, fromRight: false), from, s, from, ce), s.EndToken);
        // "Though he said it resulted in a “handful of people …” filing papers, John said …": quoted words inside a subordinate
        // clause with a cue and a subject of its own are that clause's report, not the main clause's (the span stays).
        var (subCue, subFirst, subEnd) = from == s.FirstToken ? SubordinateClauseReport(doc, s, first.Open) : (-1, 0, 0);
        for (var v = afterFrom; v < s.EndToken; v++)
        {
            if (!SourcePhrase.IsCue(doc, v)) continue;
            // "Petraeus “was handled so lightly,” said an official who … described it as “…”": an inverted cue right after the
            // first piece's comma attributes that piece, whatever the cue's own clause goes on to report.
            var invertedAfterFirst = first.Close >= 0 && (v == afterFrom && EndsWithCommaInside(doc, first.Close) || v == afterFrom + 1 && doc.IsPunct(afterFrom, ','))
                && IsInvertedAttribution(doc, v, s.EndToken);
            if (!invertedAfterFirst && ReportsClauseAfter(doc, v, pieces, lastPiece)) break;
            var (f, e) = SourcePhrase.Before(doc, v, afterFrom);
            if (e == v) f = IndirectSpeechFinder.CoordinatedSourceStart(doc, s, f, e);
            // "…,” the lawsuit says.": a described source right after the quoted words (the first piece or a later one: "left
            // “two barns flattened”, the agency said"), as after a quote of its own.
            var describedAfterQuote = e > f && RightAfterPiece(doc, pieces, firstPiece, lastPiece, f) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e);
            if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || describedAfterQuote) && f - 1 >= from && (doc.IsPunct(f - 1, ',') || EndsWithCommaInside(doc, f - 1))
                && !IsAdverbialWithTitles(doc, pieces, firstPiece, lastPiece, from, f))
                return (subCue >= 0
                    ? Clause(doc, from, f - 1, SpeakerResolver.Resolve(doc, subFirst, subEnd, fromRight: true), subCue, s, subFirst, subCue + 1)
                    : Clause(doc, from, f - 1, SpeakerResolver.Resolve(doc, f, e, fromRight: true), v, s, f, v + 1), v + 1);
            // "…, noting China held drills": a participle after the comma is the speaker's next predicate, its object no source.
            if ((doc.IsPunct(v - 1, ',') || EndsWithCommaInside(doc, v - 1)) && !doc.Word(v).EndsWith("ing", StringComparison.Ordinal))
            {
                (f, e) = SourcePhrase.After(doc, v, s.EndToken);
                if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e)))
                    return (Clause(doc, from, v - 1, SpeakerResolver.Resolve(doc, f, e, fromRight: false), v, s, v, e), e);
            }
            break;
        }
        // After a clause cut at a second predicate ("… “terrible deal” and ranked Fiorina …"), its verb; else -1.
        var secondVerb = previous is null ? -1 : SecondPredicateVerb(doc, from, first.Open);
        // "X says (that) … “…”": a cue before a quoted piece ("On “This Week,” Rubio said that … “…”" skips the
        // title). In "he said, but noted that …" the clause follows the nearest cue while the subject is found
        // before an earlier one; ", noting …" after an attribution keeps that attribution's speaker.
        // "Continuing to explain his view, Carson rejected …, saying “…”": a cue inside an opener before the subject reports nothing.
        var subjectStart = from == s.FirstToken ? SubjectStart(doc, s, first.Open) : from;
        for (var v = from; v < last.Open; v++)
        {
            if (!SourcePhrase.IsCue(doc, v)) continue;
            var next = firstPiece;
            while (next < lastPiece && pieces[next].Open < v) next++;
            if (pieces[next].Open < v) break;
            if (v < subjectStart) continue;
            var (f, e) = SourcePhrase.Before(doc, v, from);
            ExtractedSpeaker speaker;
            if (Indirect.PassiveHearer.Is(doc, v, from) || Indirect.PassiveHearer.IsNaming(doc, v, from))
            {
                speaker = ExtractedSpeaker.Unknown;
                f = v;
            }
            else if (WithParticipleSubject(doc, v, from) is var (wf0, we0) && we0 > wf0)
            {
                speaker = SpeakerResolver.Resolve(doc, wf0, we0, fromRight: true);
                f = wf0;
            }
            else if (previous is not null && (doc.IsPunct(v - 1, ',') && doc.Word(v).EndsWith("ing", StringComparison.Ordinal) || v == secondVerb))
            {
                speaker = previous;
                f = v;
            }
            else if (from == s.FirstToken && TakesSentenceSubject(doc, v, s) && SentenceSubject(doc, s, v) is var (sf, se) && se > sf)
            {
                speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
                f = sf;
            }
            else if (SubjectBeforeAside(doc, s, f, e, v) is var (xf, xe) && xe > xf && xf >= from)
            {
                speaker = SpeakerResolver.Resolve(doc, xf, xe, fromRight: true);
                f = xf;
            }
            else if (RelativeWhoSpeaker(doc, v, from) is { } relative)
            {
                speaker = relative;
                f = v;
            }
            else if (from == s.FirstToken && AfterRelativeOrAppositive(doc, f, e, v) && SentenceSubject(doc, s, v) is var (sf1, se1) && se1 > sf1 && doc.IsPunct(se1, ','))
            {
                speaker = SpeakerResolver.Resolve(doc, sf1, se1, fromRight: false);
                f = sf1;
            }
            // "In a Friday statement, the opposition says …": a described subject opening the sentence after its opener.
            else if (e <= f || !(SourcePhrase.LooksLikeSource(doc, f, e) || (f == from || f == subjectStart) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e))) continue;
            else speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
            var clauseCue = v;
            for (var w = pieces[next].Open - 1; w > v; w--)
            {
                if (WithParticipleSubject(doc, w, v + 1) is var (wf, we) && we > wf)
                {
                    speaker = SpeakerResolver.Resolve(doc, wf, we, fromRight: true);
                    f = wf;
                    clauseCue = w;
                    break;
                }
                // "Clinton endorsed the deal, although she made it clear that she has “serious concerns”": a later
                // clause with a pronoun subject of its own reports the quoted words, not the first verb.
                if (SourcePhrase.IsCue(doc, w) && SubjectOfLaterClause(doc, w, v + 1) is var (pf, pe) && pe > pf)
                {
                    speaker = SpeakerResolver.Resolve(doc, pf, pe, fromRight: true);
                    f = pf;
                    clauseCue = w;
                    break;
                }
                // "… announced that he won, compared to 25% for his rival, Bobi Wine, who condemned what he described as “…”":
                // a relative clause's cue reports the quoted words for the head noun before "who".
                if (SourcePhrase.IsCue(doc, w) && RelativeWhoSpeaker(doc, w, v + 1) is { } relative)
                {
                    speaker = relative;
                    f = w;
                    clauseCue = w;
                    break;
                }
                if (SourcePhrase.IsCue(doc, w) && SourcePhrase.Before(doc, w, v + 1) is var (f2, e2) && (e2 <= f2 || !SourcePhrase.LooksLikeSource(doc, f2, e2))) { clauseCue = w; break; }
                // "He has battled with Webb over …, at one point calling the mayor a “liar”": a speech participle after a comma.
                if (IsSpeechParticiple(doc, w) && CommaShortlyBefore(doc, w, v + 1)) { clauseCue = w; break; }
            }
            var start = ClauseStart(doc, clauseCue, pieces[next].Open);
            // "called him a “stiff” and accused him of …“spoiled child”": the clause ends at the first piece a second
            // predicate follows; the caller reads the later pieces as the next report of the same speaker.
            var cut = SecondPredicateAfterPiece(doc, pieces, next, lastPiece, s);
            if (cut >= 0) return (Clause(doc, start, cut, speaker, clauseCue, s, f, start), cut);
            return (Clause(doc, start, ReportedClauseEnd(doc, last, s), speaker, clauseCue, s, f, start), s.EndToken);
        }
        // No verb of saying, but a verb of judging with a named subject (the clause ends as a reported clause does): "Obama condemned the test as
        // “provocative”", "PolitiFact rated the claim “mostly true”". Scare quotes have no such subject.
        var participle = ParticipleBefore(doc, from, first.Open);
        for (var v = first.Open - 1; v > from; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) break;
            if (!IsJudgingVerb(doc, v) || ModifiesNoun(doc, v)) continue;
            var (f, e) = SourcePhrase.Before(doc, v, from);
            if (e <= f || !HasNamedSource(doc, f, e)) continue;
            var start = ClauseStart(doc, participle > v ? participle : v, first.Open);
            // "denounced “reports of fraud,” saying they “…”": a second predicate after a piece ends the clause, as after a verb of saying.
            var cut = SecondPredicateAfterPiece(doc, pieces, firstPiece, lastPiece, s);
            return (Clause(doc, start, cut >= 0 ? cut : ReportedClauseEnd(doc, last, s), SpeakerResolver.Resolve(doc, f, e, fromRight: true), v, s, f, start) is { } c ? c with { Confidence = 0.45 } : null, cut >= 0 ? cut : s.EndToken);
        }
        // A second predicate with no verb of saying ("and ranked Fiorina as one of the worst CEOs “in …”"): the same speaker.
        if (secondVerb >= 0 && previous is not null)
        {
            var cut = SecondPredicateAfterPiece(doc, pieces, firstPiece, lastPiece, s);
            var end = cut >= 0 ? cut : ReportedClauseEnd(doc, last, s);
            return (Clause(doc, secondVerb + 1, end, previous, secondVerb, s, secondVerb, secondVerb + 1) is { } c ? c with { Confidence = 0.6 } : null, cut >= 0 ? cut : s.EndToken);
        }
        if (Indirect.HeadlineSource.After(doc, s) is var (colon, hf, he) && colon > last.Open && from == s.FirstToken)
            return (Clause(doc, from, colon, SpeakerResolver.Resolve(doc, hf, he, fromRight: true), colon, s, hf, he), s.EndToken);
        return (null, s.EndToken);
    }

    /// <summary>
    /// "Though he said it resulted in “…”": the sentence opens with a subordinating conjunction and, before the quoted words at
    /// <paramref name="open"/> and before any comma, holds a cue with a source right before it; that cue and source, else (-1, 0, 0).
    /// </summary>
    private static (int Cue, int First, int End) SubordinateClauseReport(Document doc, Sentence s, int open)
    {
        var f = s.FirstToken;
        if (doc.Tokens[f].Kind != TokenKind.Word || !doc.Tokens[f].IsCapitalized || !Subordinators.Contains(doc.Word(f))) return (-1, 0, 0);
        for (var k = f + 2; k < open; k++)
        {
            if (doc.Tokens[k].Kind is TokenKind.Punct or TokenKind.Quote) return (-1, 0, 0);
            if (!SourcePhrase.IsCue(doc, k)) continue;
            var (pf, pe) = SourcePhrase.Before(doc, k, f + 1);
            return pe > pf && SourcePhrase.LooksLikeSource(doc, pf, pe) ? (k, pf, pe) : (-1, 0, 0);
        }
        return (-1, 0, 0);
    }

    /// <summary>
    /// "According to some on Twitter, …", "According to the exit polls in Ohio, …": the comma that closes the opener, at the end of
    /// the source phrase or after a few more plain words that qualify it (no quotation mark before it); else -1.
    /// </summary>
    private static int CommaClosingAccordingTo(Document doc, int end, int open)
    {
        for (var k = end; k < open && k - end <= 10; k++)
        {
            if (doc.IsPunct(k, ',')) return k;
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return -1;
        }
        return -1;
    }

    private static readonly WordSet Subordinators = new(["though", "although", "while", "when", "because", "since", "once", "whereas", "if"]);

    /// <summary>
    /// "He has battled with Webb over …, at one point calling the mayor a “liar”": the speech participle after a comma nearest
    /// the quoted words at <paramref name="open"/> (no other quotation mark between), which opens their clause; else -1.
    /// </summary>
    internal static int ParticipleBefore(Document doc, int from, int open)
    {
        for (var v = open - 1; v > from; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) return -1;
            if (IsSpeechParticiple(doc, v) && CommaShortlyBefore(doc, v, from)) return v;
        }
        return -1;
    }

    /// <summary>", at one point calling", not ", the group is calling": a comma at most three words before <paramref name="v"/>, none of them an auxiliary.</summary>
    private static bool CommaShortlyBefore(Document doc, int v, int from)
    {
        for (var k = v - 1; k >= from && k >= v - 4; k--)
        {
            if (doc.IsPunct(k, ',')) return true;
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || Auxiliaries.Contains(doc.Word(k))) return false;
        }
        return false;
    }

    private static readonly WordSet Auxiliaries = new(["is", "are", "was", "were", "be", "been", "am", "has", "have", "had"]);

    /// <summary>"said a former official", not "adding that …" nor "described the impact as": a verb of saying, then its source.</summary>
    private static bool IsInvertedAttribution(Document doc, int v, int end)
    {
        var w = doc.Word(v);
        if (!SpeechCues.IsVerbOfSaying(w) || w.EndsWith("ing", StringComparison.Ordinal) || doc.WordIs(v + 1, "that")) return false;
        var (f, e) = SourcePhrase.After(doc, v, end);
        return e > f && SourcePhrase.LooksLikeSource(doc, f, e);
    }

    // "…, a medical source said, as the United Nations warned the conflict had “broken the nation”": "as" opens a clause of its own too.
    private static readonly WordSet LaterClauseOpeners = new(["although", "though", "but", "when", "while", "because", "whereas", "who", "whom", "and", "as"]);

    /// <summary>"…, although he tweeted that", "who he blasted as", ", Ann Holt said": the subject of a later clause (a pronoun after a conjunction, or a source after a comma or conjunction) right before cue <paramref name="w"/>, else (0, 0).</summary>
    private static (int First, int End) SubjectOfLaterClause(Document doc, int w, int from)
    {
        var k = w - 1;
        while (k > from && (AdverbsBeforeSecondVerb.Contains(doc.Word(k)) || AuxiliariesBeforeSecondVerb.Contains(doc.Word(k))) && doc.Tokens[k].Kind == TokenKind.Word) k--;
        if (k > from && SpeakerResolver.IsSubjectPronoun(doc.Word(k)) && (LaterClauseOpeners.Contains(doc.Word(k - 1)) || doc.IsPunct(k - 1, ',') || IsWhichAfterBreak(doc, k - 1, from))) return (k, k + 1);
        var (f, e) = SourcePhrase.Before(doc, w, from);
        // "told reporters that he and Xi confirmed …": a pronoun and "and" before the name make a joint subject, no later clause.
        if (e > f && doc.WordIs(f - 1, "and") && f - 2 > from && SpeakerResolver.IsSubjectPronoun(doc.Word(f - 2))) return (0, 0);
        if (e > f && f - 1 > from && e == k + 1 && SourcePhrase.LooksLikeSource(doc, f, e) && (doc.IsPunct(f - 1, ',') || LaterClauseOpeners.Contains(doc.Word(f - 1)) || IsWhichAfterBreak(doc, f - 1, from))) return (f, e);
        return (0, 0);
    }

    /// <summary>
    /// "…, which he called “a cartel”", "— which an inquiry said was “careless”": "which" after a comma or a dash opens an
    /// object relative whose own subject reports the quoted words; "in which he called" stays with the clause around it.
    /// </summary>
    private static bool IsWhichAfterBreak(Document doc, int r, int from) =>
        r - 1 > from && doc.WordIs(r, "which") && (doc.IsPunct(r - 1, ',') || doc.IsPunct(r - 1, '\u2014') || doc.IsPunct(r - 1, '-'));

    /// <summary>
    /// The cue governs quoted words after it ("Rubio said that by refusing … “radical Islam” …"), so it does
    /// not close a clause before it: "that" follows it closely, or a later piece comes without a comma between.
    /// </summary>
    private static bool ReportsClauseAfter(Document doc, int v, List<QuotePiece> pieces, int lastPiece)
    {
        var open = pieces[lastPiece].Open;
        if (open <= v) return false;
        for (var k = v + 1; k < open; k++)
        {
            if (doc.WordIs(k, "that") && k - v <= 6) return true;
            if (doc.IsPunct(k, ',') || doc.IsPunct(k, '.') || doc.IsPunct(k, ';')) return false;
        }
        return true;
    }

    private static bool IsJudgingVerb(Document doc, int v)
    {
        var t = doc.Tokens[v];
        if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.InQuote[v]) return false;
        var w = doc.Word(v);
        if (NotJudgingVerbs.Contains(w)) return false;
        return w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
               || SpeechCues.QuoteOnlyVerbs.Contains(w);
    }

    /// <summary>
    /// "attacked Romney for being a “failed candidate”": auxiliaries and prepositions in -ing judge nothing, so the word before
    /// them is no judge; the search goes on to the verb that is ("attacked").
    /// </summary>
    private static readonly WordSet NotJudgingVerbs = new(["being", "having", "during", "according", "including"]);

    /// <summary>
    /// "denounced Mali’s worsening border war as “…”": a word in -ed or -ing right after a name's possessive modifies the noun after
    /// it; it is no verb, so the search goes on to the one before ("denounced"). Not after a contracted "is" ("It’s prohibited").
    /// </summary>
    private static bool ModifiesNoun(Document doc, int v) =>
        v > 1 && doc.Tokens[v - 1].Is(TokenFlags.Clitic) && doc.Word(v - 1) is "\u2019s" or "'s" && doc.Tokens[v - 2].IsCapitalized
        && !NotPossessors.Contains(doc.Word(v - 2));

    private static readonly WordSet NotPossessors = new(["it", "he", "she", "that", "there", "here", "what", "who", "where", "this"]);

    private static bool HasNamedSource(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.MentionAt[k] >= 0 || SpeakerResolver.IsSubjectPronoun(doc.Word(k))) return true;
        }
        return false;
    }

    /// <summary>Where the reported clause starts after cue <paramref name="v"/>: past an addressee ("told reporters") and "that".</summary>
    public static int ClauseStart(Document doc, int v, int limit)
    {
        var k = v + 1;
        if (SpeechCues.TakesObject.Contains(doc.Word(v)))
        {
            for (var j = k; j < limit && j <= k + 4; j++)
            {
                if (doc.WordIs(j, "that")) return j + 1;
            }
            // "told reporters the plan …": skip a short addressee.
            if (k < limit && !doc.WordIs(k, "the")) k++;
        }
        for (var j = k; j < limit && j <= k + 6; j++)
        {
            if (doc.WordIs(j, "that")) return j + 1;
            if (doc.Tokens[j].Kind == TokenKind.Quote) break;
        }
        if (doc.IsPunct(k, ',') || doc.IsPunct(k, ':')) k++;
        return k;
    }

    private static QuoteCandidate? Clause(Document doc, int first, int end, ExtractedSpeaker speaker, int cueToken, Sentence s, int attrFirst, int attrEnd)
    {
        var tokens = doc.Tokens;
        while (first < end && tokens[first].Kind is TokenKind.Punct or TokenKind.Quote && !tokens[first].Is(TokenFlags.Opening)) first++;
        while (end > first && tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote) end--;
        if (end - first < 2) return null;
        var startChar = tokens[first].Kind == TokenKind.Quote ? tokens[first].End : tokens[first].Start;
        var span = new TextSpan(startChar, tokens[end - 1].End);
        return new QuoteCandidate(span, QuoteKind.Partial, speaker, doc.SpanOf(cueToken, cueToken + 1),
            speaker.EntityId is not null ? 0.75 : 0.6, first, end, attrFirst, attrEnd, s.Paragraph);
    }
}
