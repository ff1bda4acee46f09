using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"X said (that) CLAUSE" and its passive, stance, raising, seeming and "Asked whether" forms: the cue before the reported clause.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>"The price was not disclosed", "Her ban was first reported by BuzzFeed": the subject is reported, the agent the source.</summary>
    private static QuoteCandidate? PassiveReported(Document doc, Sentence s, int v, int be)
    {
        var (f, e) = SourcePhrase.Before(doc, be, s.FirstToken);
        if (e <= f || e > be || doc.IsPunct(e - 1, ',') || ReportedClause.HasQuoteMark(doc, f, e)) return null;
        var (af, ae) = PassiveReport.Agent(doc, s, v);
        var speaker = ae > af ? SpeakerResolver.Resolve(doc, af, ae, fromRight: false) : ExtractedSpeaker.Unknown;
        return Candidate(doc, f, e, speaker, v, v + 1, s, be, Math.Max(v + 1, ae), ThoughtConfidence);
    }

    /// <summary>"The senator is widely seen as the front-runner": the predicate after "as" is the view, the "by" agent (or nobody) holds it.</summary>
    private static QuoteCandidate? PassiveViewed(Document doc, Sentence s, int v, int asWord)
    {
        var start = asWord + 1;
        var end = ReportedClause.End(doc, start, s.EndToken, plainObject: true);
        if (end <= start || ReportedClause.HasQuoteMark(doc, start, end)) return null;
        var (af, ae) = PassiveView.Agent(doc, v, asWord);
        var speaker = ae > af ? SpeakerResolver.Resolve(doc, af, ae, fromRight: false) : ExtractedSpeaker.Unknown;
        return Candidate(doc, start, end, speaker, v, start, s, v, start, ThoughtConfidence);
    }

    /// <summary>"The governor is confident that CLAUSE", "Aides, however, remain hopeful that CLAUSE": the subject before the verb group holds the view.</summary>
    private static QuoteCandidate? StanceReported(Document doc, Sentence s, int v, int group)
    {
        var that = v + 1;
        if (ReportedClause.IsRelativeThat(doc, that, s.EndToken)) return null;
        var end = OpeningClause.End(doc, s, v, that, ReportedClause.End(doc, that, s.EndToken));
        if (end - that < MinClauseTokens + 1 || ReportedClause.HasQuoteMark(doc, that, end)) return null;
        var verbGroup = SkipAdverbs(doc, group, s.FirstToken);
        var (f, e) = SourcePhrase.Before(doc, verbGroup, s.FirstToken);
        f = AfterLastVerb(doc, f, e);
        if (f == s.FirstToken && e - f > 1 && doc.Tokens[f].IsCapitalized && (OpeningConjunctions.Contains(doc.Word(f)) || OpeningClause.IsSubordinator(doc, f))) f++;
        if (SubjectBeforeAside.IsAsideMark(doc, verbGroup - 1) && SubjectBeforeAside.Find(doc, s, verbGroup - 1) is var (xf, xe) && xe > xf) (f, e) = (xf, xe);
        ExtractedSpeaker speaker;
        if (e > f && PlausibleSource(doc, f, e) && !IsImpersonal(doc, f, e)) speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: e >= verbGroup - 1);
        else if (e == f && f - 1 >= s.FirstToken && IsRelativePronoun(doc, f - 1))
        {
            f--; // "aides who are confident that …"
            speaker = SpeakerResolver.Resolve(doc, f, f + 1, fromRight: true);
        }
        else if (e == f && f - 1 >= s.FirstToken && (doc.WordIs(f - 1, "and") || doc.WordIs(f - 1, "but")) && SentenceSubject.Find(doc, s, group) is var (sf, se) && se > sf)
        {
            f = sf; // "X won the vote and is confident that …"
            speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
        }
        else return null;
        return Candidate(doc, that, end, speaker, group, v + 1, s, Math.Min(f, group), v + 1, ThoughtConfidence);
    }

    /// <summary>"X said (that) CLAUSE", "X told reporters CLAUSE", "X asked whether CLAUSE", "it is believed that CLAUSE".</summary>
    private static QuoteCandidate? CueBeforeClause(Document doc, Sentence s, int v)
    {
        var start = ReportedClause.Start(doc, v, v + 1, s.EndToken);
        // "75 percent said yes, but …", "neither side would say so.": a one-word answer standing for a clause.
        var answerEnd = ShortAnswer.End(doc, s, v);
        if (answerEnd > 0) start = v + 1;
        if (start < 0) return null;
        // "“…,” he said, adding that …", "Trump said, referring to Obama": a participle after the cue's comma is a
        // second predicate of the speaker, reported (if at all) under its own cue, not what "said" reports.
        if (start == v + 2 && doc.IsPunct(v + 1, ',') && doc.Tokens[start].Kind == TokenKind.Word && !doc.Tokens[start].IsCapitalized
            && doc.Word(start).EndsWith("ing", StringComparison.Ordinal)) return null;
        if (TellAfterQuote.IsTail(doc, v, start)) return null; // "“…,” she told a crowd in Dayton, Ohio."
        // A plain object ("announced his candidacy") is reported content only with a clear source before the verb.
        var verb = doc.Word(v);
        var plainObject = !doc.WordIs(start, "that") && (!SpeechCues.Verbs.Contains(verb) && !IndirectCues.BareClauseVerbs.Contains(verb)
                          && !IndirectCues.QuestionVerbs.Contains(verb) || start > v + 1 && IndirectCues.ContentPrepositions.Contains(doc.Word(start - 1)));
        // "criticized the mayor", "praised him on Friday": a verb of judging reports its object; but "criticized Tulsa, Okla.,
        // police for shooting …" reports the judged act too, which runs on as a clause does.
        if (!plainObject && !doc.WordIs(start, "that") && IndirectCues.JudgingVerbs.Contains(verb) && !ReasonFollows(doc, start, ReportedClause.End(doc, start, s.EndToken)))
            plainObject = true;
        var end = RelativeAside.End(doc, s, v, start, OpeningClause.End(doc, s, v, start, ReportedClause.End(doc, start, s.EndToken, plainObject)));
        if (plainObject) end = ParallelParticiple.End(doc, v, start, PredicateAfterObject.End(doc, s, v, start, end));
        if (answerEnd > 0) end = answerEnd;
        if (end - start < (plainObject ? 1 : MinClauseTokens) && !ElidedClause(doc, s, v, start, end) && answerEnd < 0 || ReportedClause.HasQuoteMark(doc, start, end)) return null;
        // "X is expected to win", "Y appears to lead": the subject is what is expected, by nobody named.
        if (RaisingVerb(doc, v, start) && !SeemingClause.HasInnerCue(doc, start) && SentenceSubject.Find(doc, s, PassiveStart(doc, v)) is var (rf, re) && re > rf && re == PassiveStart(doc, v))
        {
            var raisedEnd = ReportedClause.End(doc, start, s.EndToken);
            return Candidate(doc, rf, raisedEnd, ExtractedSpeaker.Unknown, v, v + 1, s, v, v + 1, ThoughtConfidence);
        }
        // "Carson appears to be slipping", "it seems likely that …": an impression, held by nobody named.
        if (SeemingClause.IsSeemingVerb(doc, v, start))
        {
            var seemingEnd = ReportedClause.End(doc, start, s.EndToken);
            if (seemingEnd <= start) return null;
            return Candidate(doc, SeemingClause.ContentStart(doc, s, v, start), seemingEnd, ExtractedSpeaker.Unknown, v, v + 1, s, v, v + 1, ThoughtConfidence);
        }
        var (f, e) = SourcePhrase.Before(doc, SkipAdverbs(doc, v, s.FirstToken), s.FirstToken);
        f = AfterLastVerb(doc, f, e);
        f = ProportionStart(doc, s, f, e);
        // "42% say they are liberal": a share written with a percent sign, where the source phrase stops.
        var percentShare = false;
        if (e == f && SkipAdverbs(doc, v, s.FirstToken) is var share && PercentBefore(doc, s, share))
        {
            (f, e) = (share - 2, share);
            percentShare = true;
        }
        // "But Democrats said …": a conjunction opening the sentence links it to the last one; it is no part of the source.
        if (f == s.FirstToken && e - f > 1 && doc.Tokens[f].IsCapitalized && OpeningConjunctions.Contains(doc.Word(f))) f++;
        // "While old political hands say …, …", "When Francis said …": the subordinator opening the sentence is no part of the
        // source either (not when quoted words follow the clause: the quote stage reads those as a partial quote, which would
        // run past the subordinate clause).
        if (f == s.FirstToken && e - f > 1 && doc.Tokens[f].IsCapitalized && OpeningClause.IsSubordinator(doc, f) && !QuoteFollows(doc, end, s.EndToken)) f++;
        // "When asked whether …, he said": the question is asked by nobody named (below).
        else if (f == s.FirstToken && e - f == 1 && doc.WordIs(f, "when") && IndirectCues.QuestionVerbs.Contains(doc.Word(v))) f++;
        // "a group called Americans United": a participle naming its noun, no view of anyone's.
        if (IndirectCues.NamingVerbs.Contains(doc.Word(v)) && IndefiniteNounBefore(doc, s, v)) return null;
        // "Lopez-Cantera, a Republican who became governor in 2014, said …": the source stands before the aside.
        if (RelativeAsideStart(doc, s, v) is var aside and >= 0 && SourcePhrase.Before(doc, aside, s.FirstToken) is var (af, ae) && ae > af && PlausibleSource(doc, af, ae))
            (f, e) = (af, ae);
        // "Maria Lopez, a teacher at the county school for twenty years, said …": a named subject before a long appositive.
        if (doc.IsPunct(v - 1, ',') && !doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && NamedSubjectBeforeAppositive(doc, s, v) is var (nf, ne) && ne > nf)
            (f, e) = (nf, ne);
        // "The Journal, citing internal documents, reported …", "Trump, who has relied on …, has said": the subject before the aside.
        if (SkipAdverbs(doc, v, s.FirstToken) is var group && SubjectBeforeAside.IsAsideMark(doc, group - 1) && SubjectBeforeAside.Find(doc, s, group - 1) is var (xf, xe) && xe > xf)
            (f, e) = (xf, xe);
        // "Skippers in the next two harbors — Elm Cove and Marlow — said …": the phrase before the aside's opening dash.
        else if (e == f && SubjectBeforeAside.BeforeDashPair(doc, s, group - 1) is var (df, de) && de > df && PlausibleSource(doc, df, de))
            (f, e) = (df, de);
        // "Experts and officials, however, said …": a linking adverb between commas; the phrase before its comma is the source.
        else if (SubjectBeforeAside.LinkingAdverbAside(doc, s, group - 1) is var opening and > 0 && SourcePhrase.Before(doc, opening, s.FirstToken) is var (lf, le)
                 && le > lf && PlausibleSource(doc, lf, le))
            (f, e) = (lf, le);
        // "The dean has published a letter strongly disputing …", "X sent a letter this week urging …": a phrase before a
        // participle that holds a past-tense verb is that verb and its object; the participle goes on from the sentence subject.
        // "Trump has raised questions about …, falsely suggesting …": a manner adverb between the comma and the participle
        // leaves it a participle after a comma.
        var pc = ParticipleComma(doc, s, v);
        if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && pc < 0 && e > f && PastVerbIn(doc, f, e) is var past and >= 0
            && SourcePhrase.Before(doc, SkipAdverbs(doc, past, s.FirstToken), s.FirstToken) is var (subjFirst, subjEnd) && subjEnd > subjFirst && PlausibleSource(doc, subjFirst, subjEnd))
            (f, e) = (subjFirst, subjEnd);
        // "X has drawn huge crowds describing …", "has lately started asking …", "did not reply to numerous emails asking …":
        // a phrase opening with a verb form or a preposition is the predicate before the participle, no source; the
        // participle goes on from a relative pronoun right before that predicate, or from the sentence subject.
        else if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && pc < 0 && e > f && OpensPredicate(doc, f))
        {
            var predicate = SkipAdverbs(doc, f, s.FirstToken);
            if (predicate - 1 >= s.FirstToken && IsRelativePronoun(doc, predicate - 1)) (f, e) = (predicate, predicate);
            else if (SentenceSubject.Find(doc, s, predicate) is var (pf, pe) && pe > pf && pe <= predicate && PlausibleSource(doc, pf, pe)) (f, e) = (pf, pe);
        }
        // "Clinton released a statement, saying that …": the participle's subject is the sentence's.
        if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && pc >= 0)
        {
            // "CLAUSE, Mr. Manafort said, adding that …": the participle goes on from the cue right before it.
            if (CueJustBefore(doc, s, pc) && SpeakerOfEarlierCue(doc, s, pc) is var (cf, ce) && ce > cf) (f, e) = (cf, ce);
            else if (SentenceSubject.Find(doc, s, pc + 1) is var (pf, pe) && pe > pf) (f, e) = (pf, pe);
            // "“…,” said Al Cardenas, referring to Trump": no subject opens the sentence; the speaker of its quote is the participle's.
            else if (SpeakerOfEarlierCue(doc, s, pc) is var (qf, qe) && qe > qf) (f, e) = (qf, qe);
            // "…, he gave a speech in West Virginia, predicting …": the phrase before the comma is an object; the participle
            // goes on from the subject of the last finite verb before it.
            else if (SubjectOfLastVerb(doc, s, pc) is var (lf, le) && le > lf) (f, e) = (lf, le);
            // "Protest groups say …, and the union has sued the city, saying …": a later main clause, opened by "and" or
            // "but" after a comma, has its own subject, which the participle goes on from.
            if (e > f && SubjectOfLastVerb(doc, s, pc) is var (mf, me) && me > mf && mf >= e && OpensMainClause(doc, s, mf)) (f, e) = (mf, me);
        }
        ExtractedSpeaker speaker;
        // "Sanders was asked by the host whether …", "When asked by a reporter if …": the asker after "by" asks the question;
        // "was asked during a lunch held by the Gazette if …": the subject of the passive is asked, by nobody named.
        if (IndirectCues.QuestionVerbs.Contains(doc.Word(v)) && (IsPassive(doc, v) || v - 1 >= s.FirstToken && doc.WordIs(v - 1, "when"))
            && QuestionAfterAdverbial.Asker(doc, v, start) is var (askerFirst, askerEnd) && (askerEnd > askerFirst || IsPassive(doc, v)))
            speaker = askerEnd > askerFirst ? SpeakerResolver.Resolve(doc, askerFirst, askerEnd, fromRight: false) : ExtractedSpeaker.Unknown;
        // "Clinton was asked about the border", "Sanders is expected to win", "Trump had been projected the winner":
        // the subject of a passive report is what is asked or expected; who asks or expects is not named.
        else if (UnnamedAgent(doc, s, v, end)) speaker = ExtractedSpeaker.Unknown;
        else if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || (!plainObject || PluralHead(doc, f, e) || DefiniteSubject(doc, f, e, v)) && PlausibleSource(doc, f, e) || percentShare) && !IsImpersonal(doc, f, e))
            speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: e < v - 1 ? false : true);
        else if (IsImpersonal(doc, f, e) || IsPassive(doc, v) && doc.WordIs(start, "that"))
            speaker = ExtractedSpeaker.Unknown; // "it is widely believed that …": reported, by nobody named
        else if (e == f && f - 1 >= s.FirstToken && IsRelativePronoun(doc, f - 1))
        {
            f = f - 1; // "voters who said …": the relative pronoun is the source as written
            speaker = SpeakerResolver.Resolve(doc, f, f + 1, fromRight: true);
        }
        else if (e == f && f - 1 >= s.FirstToken && (doc.WordIs(f - 1, "and") || doc.WordIs(f - 1, "but")) && RelativeConjunct.Pronoun(doc, s, f - 1) is var relative and >= 0)
        {
            f = relative; // "Romney, who campaigned on the issue and sought …": the relative pronoun, as written
            speaker = SpeakerResolver.Resolve(doc, f, f + 1, fromRight: true);
        }
        else if (e == f && f - 1 >= s.FirstToken && (doc.WordIs(f - 1, "and") || doc.WordIs(f - 1, "but")) && SubordinateConjunct.Subject(doc, s, f - 1) is var (cf, ce) && ce > cf)
        {
            f = cf; // "The crowd cheered when Lane spotted a sign and asked …": the subordinate clause's subject
            speaker = SpeakerResolver.Resolve(doc, cf, ce, fromRight: false);
        }
        else if (e == f && AttributionBeforeAnd(doc, s, f) is var (af2, ae2) && ae2 > af2)
        {
            // "CLAUSE, the leader said and stressed that …": the source of the attribution the verb is coordinated with,
            // which keeps its own report of the clause before (so the attribution range stays this cue's)
            speaker = SpeakerResolver.Resolve(doc, af2, ae2, fromRight: true);
        }
        else if (e == f && f - 1 >= s.FirstToken && (doc.WordIs(f - 1, "and") || doc.WordIs(f - 1, "but")) && SentenceSubject.Find(doc, s, v) is var (sf, se) && se > sf)
        {
            f = sf; // "Clark defended the route and said …": the subject of the sentence
            speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
        }
        else if (e == f && IndirectCues.QuestionVerbs.Contains(doc.Word(v)) && f - 1 >= s.FirstToken && (doc.WordIs(f - 1, "when") || doc.WordIs(f - 1, "if") || doc.WordIs(f - 1, "after") || doc.WordIs(f - 1, "was") || doc.WordIs(f - 1, "were")))
            speaker = ExtractedSpeaker.Unknown; // "when asked whether …"
        else return null;
        var confidence = SpeechCues.IsVerbOfSaying(doc.Word(v)) ? SpeechConfidence : ThoughtConfidence;
        return Candidate(doc, start, end, speaker, v, v + 1, s, Math.Min(f, v), v + 1, confidence);
    }
    /// <summary>
    /// "India had raised the issue, the leader said and stressed that …": "and" at <paramref name="f"/> - 1 after a verb of
    /// saying whose source follows a comma, a mid-sentence attribution; that source, or an empty range.
    /// </summary>
    private static (int First, int End) AttributionBeforeAnd(Document doc, Sentence s, int f)
    {
        var said = f - 2;
        if (said <= s.FirstToken || !doc.WordIs(f - 1, "and") || !SourcePhrase.IsCue(doc, said) || !SpeechCues.IsVerbOfSaying(doc.Word(said))) return (0, 0);
        var (af, ae) = SourcePhrase.Before(doc, said, s.FirstToken);
        return ae > af && ae == said && af - 1 > s.FirstToken && doc.IsPunct(af - 1, ',') && PlausibleSource(doc, af, ae) ? (af, ae) : (0, 0);
    }

    /// <summary>"The museum is reportedly making plans …", "Reportedly, he kept …": the clause, reported by nobody named.</summary>
    private static QuoteCandidate? ReportedlyReported(Document doc, Sentence s, int v)
    {
        var (f, e) = ReportedlyClause.Find(doc, s, v);
        return e <= f ? null : Candidate(doc, f, e, ExtractedSpeaker.Unknown, v, v + 1, s, v, v + 1, ThoughtConfidence);
    }

    private static readonly WordSet ElidedSubjects = new(["he", "she", "they", "we", "i", "it", "you"]);

    private static readonly WordSet ElidedAuxiliaries = new(["would", "could", "will", "can", "did", "does", "do", "had", "has", "have", "was", "were", "is", "are", "should", "might", "may", "must", "wouldn't", "couldn't", "won't", "can't", "didn't", "doesn't", "don't"]);

    /// <summary>"The plumber said he would.", "They said she could.": after a verb of saying, a pronoun and an auxiliary closing the sentence are a whole clause.</summary>
    private static bool ElidedClause(Document doc, Sentence s, int v, int start, int end) =>
        end - start == 2 && SpeechCues.IsVerbOfSaying(doc.Word(v)) && ElidedSubjects.Contains(doc.Word(start)) && ElidedAuxiliaries.Contains(doc.Word(start + 1))
        && !ReportedClause.MoreWordsThan(doc, end, s.EndToken, 0);

    /// <summary>"Asked whether …" opening a sentence: the question, asked by nobody named.</summary>
    private static QuoteCandidate? AskedWithoutAsker(Document doc, Sentence s, int v)
    {
        // "Asked by Matt Lauer whether …", "Asked on Fox News who …", "Asked during a January debate why …": an
        // adverbial of the asking before the question (ReportedClause.Start steps over it); a "by" agent is the asker.
        var start = ReportedClause.Start(doc, v, v + 1, s.EndToken);
        if (start < 0) return null;
        var speaker = QuestionAfterAdverbial.Asker(doc, v, start) is var (af, ae) && ae > af ? SpeakerResolver.Resolve(doc, af, ae, fromRight: false) : ExtractedSpeaker.Unknown;
        var end = start;
        while (end < s.EndToken && !doc.IsPunct(end, ',') && doc.Tokens[end].Kind != TokenKind.Quote) end++;
        end = ReportedClause.TrimEnd(doc, start, end);
        return end - start < 2 ? null : Candidate(doc, start, end, speaker, v, v + 1, s, v, v + 1, ThoughtConfidence);
    }

    /// <summary>Whether "for" + a gerund ("for shooting", "for failing to …") comes in [<paramref name="first"/>, <paramref name="end"/>): the reason of a judgment.</summary>
    private static bool ReasonFollows(Document doc, int first, int end)
    {
        for (var k = first; k + 1 < end; k++)
        {
            if (doc.WordIs(k, "for") && IsLowerParticiple(doc, k + 1)) return true;
        }
        return false;
    }

    /// <summary>"is expected to", "are likely … appears to", "seems to": a verb whose subject is the content, not the source.</summary>
    private static bool RaisingVerb(Document doc, int v, int start)
    {
        if (!doc.WordIs(start, "to") || start != v + 1) return false;
        var w = doc.Word(v);
        if (w is "appears" or "appeared" or "seems" or "seemed" or "appear" or "seem") return true;
        return IsPassive(doc, v);
    }

    /// <summary>The first token of the verb group ending at <paramref name="v"/>: "is widely expected" → "is", "was once asked" → "was".</summary>
    private static int PassiveStart(Document doc, int v)
    {
        var k = v;
        while (k - 1 >= 0 && v - k < 4 && doc.Tokens[k - 1].Kind == TokenKind.Word && !doc.Tokens[k - 1].IsCapitalized
               && (IsBe(doc, k - 1) || doc.Word(k - 1).EndsWith("ly", StringComparison.Ordinal) || PassiveAdverbs.Contains(doc.Word(k - 1)))) k--;
        return k;
    }

    // "was not asked", "is also expected", "was once asked", "had never been told": adverbs inside a passive verb group.
    private static readonly WordSet PassiveAdverbs = new(["not", "also", "still", "once", "never", "often", "first", "again", "ever", "already", "even", "just", "later"]);

    private static bool IsBe(Document doc, int k) =>
        doc.WordIs(k, "is") || doc.WordIs(k, "was") || doc.WordIs(k, "are") || doc.WordIs(k, "were") || doc.WordIs(k, "be") || doc.WordIs(k, "been") || doc.WordIs(k, "being");
    private static bool IsTitleCaseCue(Document doc, Sentence s, int v) =>
        v > s.FirstToken && v + 1 < s.EndToken && doc.Tokens[v - 1].Kind == TokenKind.Word && doc.Tokens[v - 1].IsCapitalized
        && doc.Tokens[v + 1].Kind == TokenKind.Word && doc.Tokens[v + 1].IsCapitalized && !doc.Tokens[v].Is(TokenFlags.AllCaps)
        && IndirectCues.BareClauseVerbs.Contains(doc.Word(v)) && doc.Word(v).EndsWith("s", StringComparison.Ordinal);

    /// <summary>"Governor Endorses Harbor Plan": the headline verb's object, for the capitalised subject before the verb.</summary>
    private static QuoteCandidate? HeadlineObjectReported(Document doc, Sentence s, int v)
    {
        var end = HeadlineVerb.ObjectEnd(doc, s, v);
        if (end <= v + 1 || ReportedClause.HasQuoteMark(doc, v + 1, end)) return null;
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        if (e <= f || !PlausibleSource(doc, f, e)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
        return Candidate(doc, v + 1, end, speaker, v, v + 1, s, f, v + 1, ThoughtConfidence);
    }

    /// <summary>"Port Will Close By June, Harbor Master Says.": a title-case cue after a capitalised source, closing the headline.</summary>
    private static bool IsTitleCaseClosingCue(Document doc, Sentence s, int v) =>
        v > s.FirstToken && doc.Tokens[v - 1].Kind == TokenKind.Word && doc.Tokens[v - 1].IsCapitalized && !doc.Tokens[v].Is(TokenFlags.AllCaps)
        && (v + 1 == s.EndToken || v + 2 == s.EndToken && doc.IsPunct(v + 1, '.'))
        && IndirectCues.BareClauseVerbs.Contains(doc.Word(v)) && doc.Word(v).EndsWith("s", StringComparison.Ordinal);

    /// <summary>"it is believed", "it has been reported": a reporting verb with the dummy subject "it".</summary>
    private static bool IsImpersonal(Document doc, int f, int e) => e - f == 1 && doc.WordIs(f, "it") && IsPassiveAfter(doc, e);

    private static bool IsPassiveAfter(Document doc, int k) => doc.WordIs(k, "is") || doc.WordIs(k, "was") || doc.WordIs(k, "has") || doc.WordIs(k, "had") || doc.WordIs(k, "been");

    private const int MaxAgentReach = 20;

    /// <summary>
    /// A passive cue with no "by" agent up to the end of its clause ("was called a charlatan by fellow physicians" has
    /// one) and no participle of a state of mind ("is worried that"): nobody named reports.
    /// </summary>
    private static bool UnnamedAgent(Document doc, Sentence s, int v, int end)
    {
        // "The paper has been told …", "He was earlier told …": the hearer is the subject (an agent follows the participle at once).
        if (PassiveHearer.Is(doc, v, s.FirstToken)) return true;
        if (!IsPassive(doc, v) || IndirectCues.StateParticiples.Contains(doc.Word(v))) return false;
        for (var k = v + 1; k <= end && k < doc.Tokens.Count && k - v <= MaxAgentReach; k++) if (doc.WordIs(k, "by")) return false;
        return true;
    }

    private static bool IsPassive(Document doc, int v) =>
        PassiveStart(doc, v) < v && IsBe(doc, PassiveStart(doc, v)) && (doc.Word(v).EndsWith("ed", StringComparison.Ordinal) || doc.WordIs(v, "thought") || doc.WordIs(v, "known"));
}
