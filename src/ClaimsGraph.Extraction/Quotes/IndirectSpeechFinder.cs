using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Reported speech and thought without quotation marks, in sentences no direct quote claimed:
/// "X said (that) CLAUSE", "X believes CLAUSE", "X asked whether CLAUSE", "CLAUSE, X said", "CLAUSE, said X",
/// "A, X said, B", "According to X, CLAUSE", "CLAUSE, according to X", "his claim that CLAUSE",
/// "it is expected that CLAUSE". A sentence may hold several; a report inside another's words is left to the outer
/// one (<see cref="OverlappingReports"/>).
/// The span is the reported clause, "that" included (see <see cref="ReportedClause"/>).
/// </summary>
public static class IndirectSpeechFinder
{
    private const int MinClauseTokens = 3;
    private const int MaxTailAfterCue = 6;
    private const double SpeechConfidence = 0.6;
    private const double ThoughtConfidence = 0.5;
    private const double NominalConfidence = 0.45;

    // Real sentences rarely report more than a few utterances; the cap bounds work on run-on "sentences".
    private const int MaxPerSentence = 6;

    public static List<QuoteCandidate> Find(Document doc, List<QuoteCandidate> direct)
    {
        // Tokens a quote with quotation marks already reports, with its attribution: indirect speech may share
        // the sentence ("X said A, telling reporters that “…”") but never these words.
        var claimed = new bool[doc.Tokens.Count];
        // Between the pieces of one utterance (“Q1,” said X, who said A. “Q2.”) only a second act of saying is
        // reported; the rest there is the quote's attribution and its asides.
        bool[]? betweenPieces = null; // most articles have no quote in pieces: no second array for them
        foreach (var q in direct)
        {
            if (q.Pieces is { Count: > 1 } pieces) ClaimPieces(doc, claimed, betweenPieces ??= new bool[doc.Tokens.Count], q, pieces);
            else Claim(claimed, q.FirstToken, q.EndToken);
        }
        var quoteCues = PiecedQuoteCues(direct);
        var found = new List<QuoteCandidate>();
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            var from = found.Count;
            if (SpeakerLabel.Find(doc, si) is { } labelled) found.Add(labelled);
            FindInSentence(doc, doc.Sentences[si], found);
            for (var i = found.Count - 1; i >= from; i--)
            {
                if (Overlaps(claimed, found[i]) || found[i].Cue is { } cue && quoteCues.Contains(cue.Start)
                    || betweenPieces is not null && Overlaps(betweenPieces, found[i]) && !IsSayingCue(doc, found[i])) found.RemoveAt(i);
            }
        }
        return OverlappingReports.Remove(doc, found);
    }

    /// <summary>Where the cues of quotes given in pieces start: the words after such a cue are its attribution, not a report.</summary>
    private static HashSet<int> PiecedQuoteCues(List<QuoteCandidate> direct)
    {
        var cues = new HashSet<int>();
        foreach (var q in direct)
        {
            if (q.Pieces is { Count: > 1 } && q.Cue is { } cue) cues.Add(cue.Start);
        }
        return cues;
    }

    /// <summary>Claims each piece's words; marks the text between the pieces in <paramref name="between"/>.</summary>
    private static void ClaimPieces(Document doc, bool[] claimed, bool[] between, QuoteCandidate q, IReadOnlyList<TextSpan> pieces)
    {
        Claim(between, q.FirstToken, q.EndToken);
        foreach (var piece in pieces)
        {
            var first = FirstTokenEndingAfter(doc, piece.Start, q.FirstToken, q.EndToken);
            var end = FirstTokenEndingAfter(doc, piece.End, first, q.EndToken);
            // A token straddling the piece's end (its closing mark) stays with it.
            while (end < q.EndToken && doc.Tokens[end].Start < piece.End) end++;
            Claim(claimed, first, end);
        }
    }

    /// <summary>The first token in [<paramref name="lo"/>, <paramref name="hi"/>) ending after character <paramref name="offset"/> (binary search).</summary>
    private static int FirstTokenEndingAfter(Document doc, int offset, int lo, int hi)
    {
        lo = Math.Max(lo, 0);
        hi = Math.Min(hi, doc.Tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (doc.Tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool IsSayingCue(Document doc, QuoteCandidate c)
    {
        if (c.Cue is not { } cue) return false;
        var w = doc.Text.AsSpan(cue.Start, cue.End - cue.Start);
        var space = w.IndexOf(' ');
        if (space > 0) w = w[..space];
        return SpeechCues.IsVerbOfSaying(w);
    }

    private static void Claim(bool[] claimed, int first, int end)
    {
        first = Math.Max(first, 0);
        end = Math.Min(end, claimed.Length);
        for (var k = first; k < end; k++) claimed[k] = true;
    }

    private static bool Overlaps(bool[] claimed, QuoteCandidate c)
    {
        for (var k = c.FirstToken; k < c.EndToken && k < claimed.Length; k++) if (claimed[k]) return true;
        return false;
    }

    private static void FindInSentence(Document doc, Sentence s, List<QuoteCandidate> found)
    {
        var before = found.Count;
        var asPhrase = AsReported.Find(doc, s);
        if (AccordingTo(doc, s) is { } according) found.Add(according);
        else if (InEvidence(doc, s) is { } evidence) found.Add(evidence);
        else if (asPhrase is { } ap && AsReportedClause(doc, s, ap) is { } asReported) found.Add(asReported);
        var cueAfterDone = found.Count > before;
        for (var v = s.FirstToken; v < s.EndToken && found.Count - before < MaxPerSentence; v++)
        {
            var t = doc.Tokens[v];
            if (t.Kind != TokenKind.Word || doc.InQuote[v]) continue;
            // The cue of "as The Times reported," reports the clause after the phrase (above), nothing of its own.
            if (asPhrase is { } inside && v >= inside.As && v < inside.Comma) continue;
            var w = doc.Word(v);
            if (t.IsCapitalized)
            {
                // "Asked whether …, the spokesman said …": a passive question with no named asker.
                if (v == s.FirstToken && w is "Asked" && AskedWithoutAsker(doc, s, v) is { } asked) found.Add(asked);
                // A headline in title case: "Senator Says Plan Will Fail".
                else if (IsTitleCaseCue(doc, s, v) && CueBeforeClause(doc, s, v) is { } headline) found.Add(headline);
                continue;
            }
            // "is confident that", "remain hopeful that", "made it clear that": no verb of the lexicon, the adjective is the cue.
            if (StanceAdjective.VerbGroupStart(doc, s, v) is var group and >= 0)
            {
                if (StanceReported(doc, s, v, group) is { } stance) found.Add(stance);
                continue;
            }
            if (IndirectCues.ThatNouns.Contains(w))
            {
                if (NominalCue(doc, s, v) is { } nominal) { found.Add(nominal); continue; }
                // "who hopes for a miracle", "she fears the deal will fail": after a subject the word is the verb.
                if (!AfterSubjectWord(doc, s, v)) continue;
            }
            if (PassiveReport.BeForm(doc, s, v) is var be and >= 0)
            {
                if (PassiveReported(doc, s, v, be) is { } passive) found.Add(passive);
                continue;
            }
            if (!IndirectCues.ThatVerbs.Contains(w) && !SpeechCues.Verbs.Contains(w) && !IndirectCues.ComplementVerbs.Contains(w) && !IndirectCues.PrepositionVerbs.Contains(w) && !IndirectCues.NamingVerbs.Contains(w) && !IndirectCues.AsVerbs.Contains(w)) continue;
            if (IndirectCues.WeakForms.Contains(w)) continue;
            if (FollowsDeterminer(doc, v)) continue; // "the support of", "a report", "to want": no verb here
            if (!cueAfterDone && CueAfterClause(doc, s, v) is { } after)
            {
                found.Add(after);
                cueAfterDone = true;
                continue;
            }
            if (CueBeforeClause(doc, s, v) is { } clause) found.Add(clause);
        }
    }

    /// <summary>"The price was not disclosed", "Her ban was first reported by BuzzFeed": the subject is reported, the agent the source.</summary>
    private static QuoteCandidate? PassiveReported(Document doc, Sentence s, int v, int be)
    {
        var (f, e) = SourcePhrase.Before(doc, be, s.FirstToken);
        if (e <= f || e > be || doc.IsPunct(e - 1, ',') || ReportedClause.HasQuoteMark(doc, f, e)) return null;
        var (af, ae) = PassiveReport.Agent(doc, s, v);
        var speaker = ae > af ? SpeakerResolver.Resolve(doc, af, ae, fromRight: false) : ExtractedSpeaker.Unknown;
        return Candidate(doc, f, e, speaker, v, v + 1, s, be, Math.Max(v + 1, ae), ThoughtConfidence);
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
        if (start < 0) return null;
        // "“…,” he said, adding that …", "Trump said, referring to Obama": a participle after the cue's comma is a
        // second predicate of the speaker, reported (if at all) under its own cue, not what "said" reports.
        if (start == v + 2 && doc.IsPunct(v + 1, ',') && doc.Tokens[start].Kind == TokenKind.Word && !doc.Tokens[start].IsCapitalized
            && doc.Word(start).EndsWith("ing", StringComparison.Ordinal)) return null;
        // A plain object ("announced his candidacy") is reported content only with a clear source before the verb.
        var verb = doc.Word(v);
        var plainObject = !doc.WordIs(start, "that") && (!SpeechCues.Verbs.Contains(verb) && !IndirectCues.BareClauseVerbs.Contains(verb)
                          && !IndirectCues.QuestionVerbs.Contains(verb) || start > v + 1 && IndirectCues.ContentPrepositions.Contains(doc.Word(start - 1)));
        var end = OpeningClause.End(doc, s, v, start, ReportedClause.End(doc, start, s.EndToken, plainObject));
        if (end - start < (plainObject ? 1 : MinClauseTokens) || ReportedClause.HasQuoteMark(doc, start, end)) return null;
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
        // "The dean has published a letter strongly disputing …", "X sent a letter this week urging …": a phrase before a
        // participle that holds a past-tense verb is that verb and its object; the participle goes on from the sentence subject.
        if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && !doc.IsPunct(v - 1, ',') && e > f && PastVerbIn(doc, f, e) is var past and >= 0
            && SourcePhrase.Before(doc, SkipAdverbs(doc, past, s.FirstToken), s.FirstToken) is var (subjFirst, subjEnd) && subjEnd > subjFirst && PlausibleSource(doc, subjFirst, subjEnd))
            (f, e) = (subjFirst, subjEnd);
        // "X has drawn huge crowds describing …", "has lately started asking …", "did not reply to numerous emails asking …":
        // a phrase opening with a verb form or a preposition is the predicate before the participle, no source; the
        // participle goes on from a relative pronoun right before that predicate, or from the sentence subject.
        else if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && !doc.IsPunct(v - 1, ',') && e > f && OpensPredicate(doc, f))
        {
            var predicate = SkipAdverbs(doc, f, s.FirstToken);
            if (predicate - 1 >= s.FirstToken && IsRelativePronoun(doc, predicate - 1)) (f, e) = (predicate, predicate);
            else if (SentenceSubject.Find(doc, s, predicate) is var (pf, pe) && pe > pf && pe <= predicate && PlausibleSource(doc, pf, pe)) (f, e) = (pf, pe);
        }
        // "Clinton released a statement, saying that …": the participle's subject is the sentence's.
        if (doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && doc.IsPunct(v - 1, ','))
        {
            // "CLAUSE, Mr. Manafort said, adding that …": the participle goes on from the cue right before it.
            if (CueJustBefore(doc, s, v - 1) && SpeakerOfEarlierCue(doc, s, v - 1) is var (cf, ce) && ce > cf) (f, e) = (cf, ce);
            else if (SentenceSubject.Find(doc, s, v) is var (pf, pe) && pe > pf) (f, e) = (pf, pe);
            // "“…,” said Al Cardenas, referring to Trump": no subject opens the sentence; the speaker of its quote is the participle's.
            else if (SpeakerOfEarlierCue(doc, s, v - 1) is var (qf, qe) && qe > qf) (f, e) = (qf, qe);
        }
        ExtractedSpeaker speaker;
        // "Clinton was asked about the border", "Sanders is expected to win", "Trump had been projected the winner":
        // the subject of a passive report is what is asked or expected; who asks or expects is not named.
        if (UnnamedAgent(doc, v, end)) speaker = ExtractedSpeaker.Unknown;
        else if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || (!plainObject || PluralHead(doc, f, e) || DefiniteSubject(doc, f, e, v)) && PlausibleSource(doc, f, e) || percentShare) && !IsImpersonal(doc, f, e))
            speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: e < v - 1 ? false : true);
        else if (IsImpersonal(doc, f, e) || IsPassive(doc, v) && doc.WordIs(start, "that"))
            speaker = ExtractedSpeaker.Unknown; // "it is widely believed that …": reported, by nobody named
        else if (e == f && f - 1 >= s.FirstToken && IsRelativePronoun(doc, f - 1))
        {
            f = f - 1; // "voters who said …": the relative pronoun is the source as written
            speaker = SpeakerResolver.Resolve(doc, f, f + 1, fromRight: true);
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

    /// <summary>"developers see golf courses as …", "various rivals attacked the plan": a group of people named by a lower-case plural heads the phrase.</summary>
    private static bool PluralHead(Document doc, int f, int e)
    {
        if (doc.Tokens[e - 1].Kind != TokenKind.Word) return false;
        var w = doc.Word(e - 1);
        // "Democrats opposed the bill", "Republicans criticized him": capitalized groups that are no names count too.
        if (w.Length < 5 || doc.Tokens[e - 1].IsCapitalized && !WordLists.NotNameWords.Contains(w)) return false;
        foreach (var suffix in PeopleSuffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"The alliance advocates …", "the committee rejected …": a definite noun phrase before a finite verb (not "a portion of the debate focused on", a participle).</summary>
    private static bool DefiniteSubject(Document doc, int f, int e, int v) =>
        doc.WordIs(f, "the") && FiniteAfterSingular(doc, v, e) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e);

    /// <summary>
    /// A verb that agrees with a singular subject: a past form, a form in -s, or any form after an auxiliary ("could offer");
    /// a bare form right after the phrase is a noun of it ("the latest dispute", "the boxing champion").
    /// </summary>
    private static bool FiniteAfterSingular(Document doc, int v, int phraseEnd)
    {
        var w = doc.Word(v);
        if (w.EndsWith("ing", StringComparison.Ordinal)) return false;
        return phraseEnd < v || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') || IndirectCues.IrregularPastForms.Contains(w);
    }

    // voters, analysts, critics, officials, residents, participants, Republicans, politicians, Democrats, diplomats.
    private static readonly string[] PeopleSuffixes = ["ers", "ists", "ics", "als", "ants", "ents", "ans", "ats"];

    /// <summary>Whether a number with a glued percent sign ("42%") ends right before <paramref name="k"/>.</summary>
    private static bool PercentBefore(Document doc, Sentence s, int k) =>
        k - 2 >= s.FirstToken && doc.IsPunct(k - 1, '%') && doc.Tokens[k - 2].Kind == TokenKind.Number && doc.Tokens[k - 2].End == doc.Tokens[k - 1].Start;

    private static readonly WordSet Participles = new(
    [
        "drawn", "done", "gone", "given", "taken", "written", "begun", "made", "sent", "put", "brought", "held", "spent", "won",
        "lost", "met", "built", "kept", "left", "led", "paid", "set", "thrown", "grown", "become", "come", "took", "gave", "ran", "began",
    ]);

    private static readonly WordSet PrepositionalParticiples = new(["regarding", "concerning", "following", "involving", "featuring", "excluding", "according", "during", "notwithstanding"]);

    private static readonly WordSet Particles = new(["to", "out", "up", "off", "down"]);

    /// <summary>Whether the phrase at <paramref name="f"/> opens with a lower-case verb form ("drawn huge crowds", "lately started") or a particle ("out a new robocall", "to numerous emails").</summary>
    private static bool OpensPredicate(Document doc, int f)
    {
        var k = f;
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) return false;
        if (doc.Word(k).Length > 4 && doc.Word(k).EndsWith("ly", StringComparison.Ordinal) && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Kind == TokenKind.Word) k++;
        var w = doc.Word(k);
        // "including those backing …", "a speech that included Trump vowing …": the object is the participle's subject.
        if (w.StartsWith("includ", StringComparison.Ordinal) || PrepositionalParticiples.Contains(w)) return false;
        return Particles.Contains(w) || Participles.Contains(w) || w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));
    }

    private static readonly WordSet PastVerbs = new(["sent", "wrote", "put", "made", "took", "gave", "held", "ran", "began", "brought", "spent"]);

    /// <summary>A lower-case past-tense verb before a determiner in [<paramref name="f"/>, <paramref name="e"/>) ("published a letter", "sent the memo"), or -1.</summary>
    private static int PastVerbIn(Document doc, int f, int e)
    {
        for (var k = f; k + 1 < e; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) continue;
            var w = doc.Word(k);
            if (!(w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || PastVerbs.Contains(w))) continue;
            if (doc.WordIs(k + 1, "a") || doc.WordIs(k + 1, "an") || doc.WordIs(k + 1, "the") || doc.WordIs(k + 1, "out") || doc.WordIs(k + 1, "his") || doc.WordIs(k + 1, "her") || doc.WordIs(k + 1, "their") || doc.WordIs(k + 1, "its")) return k;
        }
        return -1;
    }

    private static readonly WordSet OpeningConjunctions = new(["but", "and", "so", "yet", "still", "now", "then", "meanwhile", "instead", "also", "or"]);

    private static readonly WordSet SubjectWords = new(["he", "she", "they", "we", "i", "who"]);

    /// <summary>Whether the word before <paramref name="v"/> is a subject pronoun, "who", or the end of a named mention.</summary>
    private static bool AfterSubjectWord(Document doc, Sentence s, int v) =>
        v - 1 >= s.FirstToken && doc.Tokens[v - 1].Kind == TokenKind.Word
        && (SubjectWords.Contains(doc.Word(v - 1)) || EndsNamedSubject(doc, s, v) || EndsPluralSubject(doc, v));

    private static readonly WordSet PluralPronouns = new(["many", "some", "others", "most", "few", "both", "all", "you"]);

    /// <summary>
    /// "officials hope …", "some critics fear …", "Many fear …": a plain form (no -s) after a lower-case plural noun agrees
    /// with it as a verb; "security fears", "voter concerns" (a singular noun before a plural form) stay nouns.
    /// </summary>
    private static bool EndsPluralSubject(Document doc, int v)
    {
        var cue = doc.Word(v);
        // "the jobs report", "a New York Times report": "report" after a plural is mostly a compound noun.
        if (cue.EndsWith('s') || cue is "report" || doc.Tokens[v - 1].Is(TokenFlags.Clitic)) return false;
        var w = doc.Word(v - 1);
        if (PluralPronouns.Contains(w)) return true;
        return !doc.Tokens[v - 1].IsCapitalized && w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
               && !IndirectCues.NotInSource.Contains(w) && !IndirectCues.ThatNouns.Contains(w) && !IndirectCues.ThatVerbs.Contains(w) && !FollowsPossessive(doc, v - 1);
    }

    private static bool FollowsPossessive(Document doc, int k) => k > 0 && (IsPossessivePronoun(doc, k - 1) || doc.Tokens[k - 1].Is(TokenFlags.Clitic));

    /// <summary>"Cruz hopes to …", "Gov. Chris Christie fears …": a name ends right before the word, with no determiner or possessive before the name.</summary>
    private static bool EndsNamedSubject(Document doc, Sentence s, int v)
    {
        if (doc.MentionAt[v - 1] < 0) return false;
        var m = doc.Mentions[doc.MentionAt[v - 1]];
        if (m.EndToken != v || !doc.Tokens[m.FirstToken].IsCapitalized) return false;
        return m.FirstToken == s.FirstToken || !FollowsDeterminer(doc, m.FirstToken);
    }

    private const int MaxParticipleReach = 30;

    private const int MaxNameAfterCue = 4;

    /// <summary>Whether a speech cue stands right before the comma at <paramref name="comma"/>, or before a short name after it ("said Al Cardenas,").</summary>
    private static bool CueJustBefore(Document doc, Sentence s, int comma)
    {
        for (var k = comma - 1; k >= s.FirstToken && comma - k <= MaxNameAfterCue; k--)
        {
            if (SourcePhrase.IsCue(doc, k)) return true;
            if (doc.Tokens[k].Kind != TokenKind.Word || !doc.Tokens[k].IsCapitalized && k != comma - 1) return CueBeforeTail(doc, s, comma);
        }
        return CueBeforeTail(doc, s, comma);
    }

    private const int MaxTailBeforeComma = 6;

    /// <summary>"Twitter said in a statement, adding …", "Clinton said in Los Angeles on Friday, recalling …": a speech cue, then a short adverbial up to the comma.</summary>
    private static bool CueBeforeTail(Document doc, Sentence s, int comma)
    {
        for (var k = comma - 1; k > s.FirstToken && comma - k <= MaxTailBeforeComma + 1; k--)
        {
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !doc.IsPunct(k, '.')) return false;
            if (SourcePhrase.IsCue(doc, k)) return k + 1 < comma && StartsAdverbial(doc, k + 1);
        }
        return false;
    }

    /// <summary>"in a statement", "on Friday", "at a rally": a lower-case preposition or a weekday right after a cue opens an adverbial, not its source.</summary>
    private static bool StartsAdverbial(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && (!doc.Tokens[k].IsCapitalized && IndirectCues.Prepositions.Contains(doc.Word(k)) || IndirectCues.CueAdverbs.Contains(doc.Word(k)) && doc.Tokens[k].IsCapitalized);

    /// <summary>
    /// The source of the nearest speech cue before <paramref name="limit"/> in the sentence: "said X" or "X said"
    /// (within <see cref="MaxParticipleReach"/> tokens), or an empty range.
    /// </summary>
    private static (int First, int End) SpeakerOfEarlierCue(Document doc, Sentence s, int limit)
    {
        for (var k = limit - 1; k >= s.FirstToken && limit - k <= MaxParticipleReach; k--)
        {
            if (!SourcePhrase.IsCue(doc, k)) continue;
            // "said in Los Angeles, recalling …": a place or time after the cue is no inverted source.
            if (k + 1 < limit && !StartsAdverbial(doc, k + 1) && SourcePhrase.After(doc, k, limit) is var (af, ae) && ae > af && SourcePhrase.LooksLikeSource(doc, af, ae)) return (af, ae);
            if (SourcePhrase.Before(doc, k, s.FirstToken) is var (bf, be) && be > bf && SourcePhrase.LooksLikeSource(doc, bf, be)) return (bf, be);
            return (k, k);
        }
        return (limit, limit);
    }

    /// <summary>"Asked whether …" opening a sentence: the question, asked by nobody named.</summary>
    private static QuoteCandidate? AskedWithoutAsker(Document doc, Sentence s, int v)
    {
        var start = ReportedClause.Start(doc, v, v + 1, s.EndToken);
        var speaker = ExtractedSpeaker.Unknown;
        // "Asked by Matt Lauer whether …", "Asked on Fox News who …", "Asked during a January debate why …": an
        // adverbial of the asking before the question; a "by" agent is the asker.
        if (start < 0 && QuestionAfterAdverbial(doc, v + 1, s.EndToken) is var question and > 0)
        {
            start = question;
            if (doc.WordIs(v + 1, "by") && SourcePhrase.After(doc, v + 1, question) is var (af, ae) && ae > af) speaker = SpeakerResolver.Resolve(doc, af, ae, fromRight: false);
        }
        if (start < 0) return null;
        var end = start;
        while (end < s.EndToken && !doc.IsPunct(end, ',') && doc.Tokens[end].Kind != TokenKind.Quote) end++;
        end = ReportedClause.TrimEnd(doc, start, end);
        return end - start < 2 ? null : Candidate(doc, start, end, speaker, v, v + 1, s, v, v + 1, ThoughtConfidence);
    }

    private static readonly WordSet AskingAdverbialStarters = new(["by", "on", "at", "during", "in", "after", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private const int MaxAskingAdverbial = 10;

    /// <summary>The question word ("whether", "why", "about" …) after a short adverbial starting at <paramref name="k"/> ("by Matt Lauer", "on Fox News"), or -1.</summary>
    private static int QuestionAfterAdverbial(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || !AskingAdverbialStarters.Contains(doc.Word(k))) return -1;
        for (var j = k + 1; j < limit && j <= k + MaxAskingAdverbial; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Punct && !doc.IsPunct(j, '.') || t.Kind == TokenKind.Quote) return -1;
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (IndirectCues.QuestionWords.Contains(doc.Word(j)) || doc.WordIs(j, "about")))
                return j + 1 < limit && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number ? j : -1;
        }
        return -1;
    }

    /// <summary>"is expected to", "are likely … appears to", "seems to": a verb whose subject is the content, not the source.</summary>
    private static bool RaisingVerb(Document doc, int v, int start)
    {
        if (!doc.WordIs(start, "to") || start != v + 1) return false;
        var w = doc.Word(v);
        if (w is "appears" or "appeared" or "seems" or "seemed" or "appear" or "seem") return true;
        return IsPassive(doc, v);
    }

    /// <summary>The first token of the verb group ending at <paramref name="v"/>: "is widely expected" → "is".</summary>
    private static int PassiveStart(Document doc, int v)
    {
        var k = v;
        while (k - 1 >= 0 && v - k < 4 && doc.Tokens[k - 1].Kind == TokenKind.Word && !doc.Tokens[k - 1].IsCapitalized
               && (IsBe(doc, k - 1) || doc.Word(k - 1).EndsWith("ly", StringComparison.Ordinal) || doc.WordIs(k - 1, "not") || doc.WordIs(k - 1, "also") || doc.WordIs(k - 1, "still"))) k--;
        return k;
    }

    private static bool IsBe(Document doc, int k) =>
        doc.WordIs(k, "is") || doc.WordIs(k, "was") || doc.WordIs(k, "are") || doc.WordIs(k, "were") || doc.WordIs(k, "be") || doc.WordIs(k, "been") || doc.WordIs(k, "being");

    // "has long said", "even suggesting", "would never say", "did not say": adverbs and auxiliaries of the verb group, no part of the source.
    private static readonly WordSet VerbGroupWords = new(
    [
        "long", "even", "also", "still", "never", "always", "often", "already", "just", "not", "ever", "since", "too", "has", "have", "had",
        "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did", "do", "keeps", "kept",
    ]);

    private static bool IsVerbGroupWord(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized
        && (doc.Word(k).Length > 3 && doc.Word(k).EndsWith("ly", StringComparison.Ordinal) || VerbGroupWords.Contains(doc.Word(k)));

    /// <summary>"do not officially acknowledge" → the source ends before "do": adverbs and negation are no part of it.</summary>
    private static int SkipAdverbs(Document doc, int v, int first)
    {
        var k = v;
        while (k - 1 >= first && v - k < 4 && IsVerbGroupWord(doc, k - 1)) k--;
        // "Trump on Sunday tweeted", "Beck last week said": a time adverbial, then any adverbs before it ("has recently").
        var time = TimeBeforeCue.Start(doc, k, first);
        if (time == k) return k;
        k = time;
        while (k - 1 >= first && time - k < 3 && IsVerbGroupWord(doc, k - 1)) k--;
        return k;
    }

    /// <summary>
    /// A source as news writes it: a name, pronoun or known head (<see cref="SourcePhrase.LooksLikeSource"/>), or a
    /// short noun phrase ending in a noun ("the group", "the self-described democratic socialist", "36 percent of Democrats").
    /// </summary>
    private static bool PlausibleSource(Document doc, int f, int e)
    {
        if (SourcePhrase.LooksLikeSource(doc, f, e) || Proportion(doc, f, e)) return true;
        if (e - f > 8 || doc.Tokens[e - 1].Kind != TokenKind.Word) return false;
        for (var k = f; k < e; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punct && !t.Is(TokenFlags.Glued) && !doc.IsPunct(k, '-')) return false;
            if (t.Kind == TokenKind.Word && (IndirectCues.NotInSource.Contains(doc.Word(k)))) return false;
        }
        return true;
    }

    /// <summary>
    /// "Six in 10 said", "about one in five say", "nearly nine out of 10 believe": a share of those polled, which
    /// ends in a number rather than a noun; only degree words may stand before it.
    /// </summary>
    private static bool Proportion(Document doc, int f, int e)
    {
        if (e - f < 3 || e - f > 6 || !IsCount(doc, e - 1) || !(doc.WordIs(e - 2, "in") || doc.WordIs(e - 2, "of"))) return false;
        var share = doc.WordIs(e - 2, "of") && doc.WordIs(e - 3, "out") ? e - 4 : e - 3;
        if (share < f || !IsCount(doc, share)) return false;
        for (var k = f; k < share; k++)
        {
            if (!ProportionOpeners.Contains(doc.Word(k))) return false;
        }
        return true;
    }

    /// <summary>"Six in 10 said": the source phrase stops at "in"; a share reaches back to its first count and degree words.</summary>
    private static int ProportionStart(Document doc, Sentence s, int f, int e)
    {
        if (e - f != 1 || !IsCount(doc, f) || f - 2 < s.FirstToken || !(doc.WordIs(f - 1, "in") || doc.WordIs(f - 1, "of"))) return f;
        var share = doc.WordIs(f - 1, "of") && doc.WordIs(f - 2, "out") ? f - 3 : f - 2;
        if (share < s.FirstToken || !IsCount(doc, share)) return f;
        var first = share;
        while (first - 1 >= s.FirstToken && share - first < 3 && doc.Tokens[first - 1].Kind == TokenKind.Word && ProportionOpeners.Contains(doc.Word(first - 1))) first--;
        return Proportion(doc, first, e) ? first : f;
    }

    private static readonly WordSet ProportionOpeners = new(["more", "than", "fewer", "less", "about", "nearly", "almost", "roughly", "only", "just", "over", "under", "some"]);

    private static bool IsCount(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Number || doc.Tokens[k].Kind == TokenKind.Word && IndirectCues.CountWords.Contains(doc.Word(k));

    /// <summary>"Gonzalez believes the tax plan …": a source phrase holds no verb of its own; it starts after the last one.</summary>
    private static int AfterLastVerb(Document doc, int f, int e)
    {
        for (var k = e - 1; k >= f; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[k] >= 0) continue;
            var w = doc.Word(k);
            // "The reports show …", "FEC reports show …": a noun form heading the phrase, or after a determiner, is no verb.
            if (IndirectCues.ThatNouns.Contains(w) && (k == e - 1 || FollowsDeterminer(doc, k))) continue;
            if (IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w) || SpeechCues.Verbs.Contains(w)) return k + 1;
        }
        return f;
    }

    private static bool IsTitleCaseCue(Document doc, Sentence s, int v) =>
        v > s.FirstToken && v + 1 < s.EndToken && doc.Tokens[v - 1].Kind == TokenKind.Word && doc.Tokens[v - 1].IsCapitalized
        && doc.Tokens[v + 1].Kind == TokenKind.Word && doc.Tokens[v + 1].IsCapitalized && !doc.Tokens[v].Is(TokenFlags.AllCaps)
        && IndirectCues.BareClauseVerbs.Contains(doc.Word(v)) && doc.Word(v).EndsWith("s", StringComparison.Ordinal);

    /// <summary>
    /// For a cue right after ", " or a dash: the comma or dash opening a relative or descriptive aside before it
    /// (", who …,", "— who …—", ", a former governor who …,"), or -1.
    /// </summary>
    private static int RelativeAsideStart(Document doc, Sentence s, int v)
    {
        if (!(doc.IsPunct(v - 1, ',') || doc.IsPunct(v - 1, '-') || doc.IsPunct(v - 1, '—') || doc.IsPunct(v - 1, '–'))) return -1;
        var hasRelative = false;
        for (var j = v - 2; j > s.FirstToken && j >= v - MaxAside; j--)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return -1;
            if (doc.WordIs(j, "who") || doc.WordIs(j, "whose") || doc.WordIs(j, "which")) hasRelative = true;
            if (doc.IsPunct(j, ',') || doc.IsPunct(j, '—') || doc.IsPunct(j, '–') || doc.IsPunct(j, '-') && !doc.Tokens[j].Is(TokenFlags.Glued))
                return hasRelative ? j : -1;
        }
        return -1;
    }

    private const int MaxAside = 40;

    /// <summary>"a group called", "an op-ed dubbed": an indefinite noun phrase of at most three words right before <paramref name="v"/>.</summary>
    private static bool IndefiniteNounBefore(Document doc, Sentence s, int v)
    {
        for (var k = v - 1; k >= s.FirstToken && k >= v - 3; k--)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (doc.WordIs(k, "a") || doc.WordIs(k, "an")) return k < v - 1;
        }
        return false;
    }

    /// <summary>
    /// The name opening sentence <paramref name="s"/> when a comma follows it and the cue <paramref name="v"/> comes right
    /// after a second comma closing the description in between (no quotation mark, no further comma-free clause), or an empty range.
    /// </summary>
    private static (int First, int End) NamedSubjectBeforeAppositive(Document doc, Sentence s, int v)
    {
        var first = s.FirstToken;
        if (first >= v || doc.MentionAt[first] < 0) return (first, first);
        var end = doc.Mentions[doc.MentionAt[first]].EndToken;
        if (end >= v - 2 || !doc.IsPunct(end, ',') || v - end > MaxAside) return (first, first);
        for (var k = end + 1; k < v - 1; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.IsPunct(k, ';')) return (first, first);
        }
        return (first, end);
    }

    private const int MaxShortSubject = 8;

    /// <summary>
    /// "Gov. X of Ohio, a Democrat who …, said …", "The venture capitalist X, who …, said …": a few words opening the
    /// sentence with a capital, then a comma and an appositive or a relative clause, are a subject, not a reported clause.
    /// </summary>
    private static bool ShortSubjectBeforeAppositive(Document doc, Sentence s, int v)
    {
        var first = s.FirstToken;
        if (first >= v || !doc.Tokens[first].IsCapitalized) return false;
        for (var k = first + 1; k < v - 1 && k - first <= MaxShortSubject; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return false;
            if (doc.IsPunct(k, ',')) return StartsAppositive(doc, k + 1, v);
        }
        return false;
    }

    private static bool IsRelativePronoun(Document doc, int k) => doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "that");

    private static bool FollowsDeterminer(Document doc, int v) =>
        v > 0 && (doc.WordIs(v - 1, "the") || doc.WordIs(v - 1, "a") || doc.WordIs(v - 1, "an") || doc.WordIs(v - 1, "to") || doc.WordIs(v - 1, "this")
                  || doc.WordIs(v - 1, "these") || doc.WordIs(v - 1, "its") || doc.WordIs(v - 1, "their") || doc.WordIs(v - 1, "his") || doc.WordIs(v - 1, "her")
                  || doc.WordIs(v - 1, "of") || doc.WordIs(v - 1, "for") || doc.WordIs(v - 1, "no") || doc.WordIs(v - 1, "more") || doc.WordIs(v - 1, "much")
                  || doc.Tokens[v - 1].Is(TokenFlags.Clitic));

    /// <summary>"CLAUSE, X said.", "CLAUSE, said X." and the interrupted "A, X said, B."</summary>
    private static QuoteCandidate? CueAfterClause(Document doc, Sentence s, int v)
    {
        var w = doc.Word(v);
        if (!SpeechCues.Verbs.Contains(w) || SpeechCues.QuoteOnlyVerbs.Contains(w) && !IndirectCues.BareClauseVerbs.Contains(w)) return null;
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        int comma, tail;
        bool fromRight;
        if (e > f && f - 1 > s.FirstToken && doc.IsPunct(f - 1, ',') && PlausibleSource(doc, f, e))
        {
            // "CLAUSE, X told POLITICO earlier this week": the addressee of the telling is no part of the tail.
            tail = IndirectCues.TakesAddressee.Contains(w) ? AddresseeEnd(doc, v + 1, s.EndToken) : v + 1;
            // "Later in the day, the FBI said it would cooperate": a clause after the cue is the one reported
            // (but "If …, the campaign said, it may …" is one utterance around its attribution; and "CLAUSE, his
            // campaign announced Saturday." ends in the time of the saying, no clause).
            if (!doc.IsPunct(v + 1, ',') && !TimeTailOnly(doc, tail, s.EndToken) && ReportedClause.Start(doc, v, v + 1, s.EndToken) >= 0) return null;
            comma = f - 1;
            fromRight = true;
        }
        else if (doc.IsPunct(v - 1, ',') && v - 1 > s.FirstToken && !(e > f && f == s.FirstToken && PlausibleSource(doc, f, e)))
        {
            // Not "Rendell, a Clinton supporter, said it would …" (the subject with an appositive) nor "…, said he";
            // and "…, telling reporters …" names the addressee, not the source.
            if (SpeakerResolver.IsSubjectPronoun(doc.Word(v + 1 < s.EndToken ? v + 1 : v)) || w.EndsWith("ing", StringComparison.Ordinal)
                || IndirectCues.TakesAddressee.Contains(w)) return null;
            (f, e) = SourcePhrase.After(doc, v, s.EndToken);
            if (e <= f || !PlausibleSource(doc, f, e) || HasCueVerb(doc, f, e)) return null;
            // "Russell Wheeler, a fellow at the institute, said the mayor could …": the words before the comma are a name
            // and its appositive, the subject of the cue, not a clause it reports.
            if (NamedSubjectBeforeAppositive(doc, s, v) is var (nf, ne) && ne > nf || ShortSubjectBeforeAppositive(doc, s, v)) return null;
            comma = v - 1;
            tail = e;
            fromRight = false;
        }
        else return null;
        var first = s.FirstToken;
        if (comma - first > ReportedClause.MaxClauseTokens) return null;
        var end = ReportedClause.TrimEnd(doc, first, comma);
        if (end - first < MinClauseTokens || ReportedClause.HasQuoteMark(doc, first, end)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight);
        var attrFirst = Math.Min(v, f);
        var attrEnd = Math.Max(v + 1, e);
        // "A, the campaign said, B": the utterance continues after the attribution.
        var longTail = ReportedClause.MoreWordsThan(doc, tail, s.EndToken, MaxTailAfterCue);
        // "…, it may not ask for a recount": words right after the cue are its object, not a tail like "on Friday".
        if (fromRight && tail < s.EndToken && doc.Tokens[tail].Kind == TokenKind.Word && !IndirectCues.TailStarters.Contains(doc.Word(tail))) return null;
        // "CLAUSE, said Brian Baker, a longtime adviser who …": what follows the inverted source describes it.
        if (!fromRight && longTail && doc.IsPunct(tail, ',') && StartsAppositive(doc, tail + 1, s.EndToken))
            return Candidate(doc, first, end, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence);
        // "A, X said, adding that …": a participle after the attribution is X's own next predicate, no second piece of A.
        if (longTail && doc.IsPunct(tail, ',') && IsLowerParticiple(doc, tail + 1))
            return Candidate(doc, first, end, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence);
        if (longTail && doc.IsPunct(tail, ','))
        {
            var resumed = tail + 1;
            var resumedEnd = ReportedClause.End(doc, resumed, s.EndToken);
            if (resumedEnd - resumed < MinClauseTokens || ReportedClause.HasQuoteMark(doc, resumed, resumedEnd)) return null;
            return InPieces(doc, first, end, resumed, resumedEnd, Candidate(doc, first, resumedEnd, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence));
        }
        if (longTail) return null;
        return Candidate(doc, first, end, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence);
    }

    private static readonly WordSet AddresseeWords = new(["her", "him", "them", "me", "us", "reporters", "supporters", "journalists", "viewers", "listeners", "voters"]);

    private const int MaxAddresseeWords = 5;

    /// <summary>Where the addressee after "told" starting at <paramref name="k"/> ends: a name, "her", "reporters", "The Associated Press"; <paramref name="k"/> when none.</summary>
    private static int AddresseeEnd(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word) return k;
        if (doc.MentionAt[k] >= 0) return Math.Min(limit, doc.Mentions[doc.MentionAt[k]].EndToken);
        if (AddresseeWords.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized) return k + 1;
        var j = k;
        while (j < limit && j - k < MaxAddresseeWords && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized) j++;
        return j;
    }

    private static readonly WordSet TimeTailStarters = new(
    [
        "on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    private const int MaxTimeTailWords = 4;

    /// <summary>Whether nothing but punctuation, or a short time or occasion ("Saturday", "last week", "in a statement"), follows <paramref name="k"/> in the sentence.</summary>
    private static bool TimeTailOnly(Document doc, int k, int limit)
    {
        if (!ReportedClause.MoreWordsThan(doc, k, limit, 0)) return true;
        return doc.Tokens[k].Kind == TokenKind.Word && TimeTailStarters.Contains(doc.Word(k)) && !ReportedClause.MoreWordsThan(doc, k, limit, MaxTimeTailWords);
    }

    private static bool IsLowerParticiple(Document doc, int k) =>
        k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).Length > 4
        && doc.Word(k).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"a longtime adviser", "the group's founder", "who runs …": a description of the name before, not a clause.</summary>
    private static bool StartsAppositive(Document doc, int k, int limit) =>
        k < limit && (doc.WordIs(k, "a") || doc.WordIs(k, "an") || doc.WordIs(k, "the") || doc.WordIs(k, "who") || doc.WordIs(k, "whose"));

    /// <summary>"…, said parents still want …" is no inverted source: a source holds no verb of reporting or wanting.</summary>
    private static bool HasCueVerb(Document doc, int f, int e)
    {
        for (var k = f; k < e; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) continue;
            var w = doc.Word(k);
            if (IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w) || SpeechCues.Verbs.Contains(w)) return true;
        }
        return false;
    }

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

    /// <summary>Whether a quotation mark comes at <paramref name="end"/>, after at most one punctuation mark, inside the sentence.</summary>
    private static bool QuoteFollows(Document doc, int end, int limit)
    {
        var k = end;
        if (k < limit && doc.Tokens[k].Kind == TokenKind.Punct) k++;
        return k < limit && doc.Tokens[k].Kind == TokenKind.Quote && ReportedClause.MoreWordsThan(doc, k, limit, 0);
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
        var speaker = ExtractedSpeaker.Unknown;
        var attrFirst = noun;
        // The holder of the claim stands before the noun as a possessive: "his", "Trump's", "the campaign's".
        for (var k = noun - 1; k >= s.FirstToken && k >= noun - 3; k--)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) break;
            if (doc.Tokens[k].Is(TokenFlags.Clitic) && k - 1 >= s.FirstToken)
            {
                var owner = doc.MentionAt[k - 1] >= 0 ? doc.Mentions[doc.MentionAt[k - 1]].FirstToken : k - 1;
                speaker = SpeakerResolver.Resolve(doc, owner, k, fromRight: true);
                attrFirst = owner;
                break;
            }
            if (IsPossessivePronoun(doc, k))
            {
                speaker = SpeakerResolver.Resolve(doc, k, k + 1, fromRight: true);
                attrFirst = k;
                break;
            }
        }
        // "Trump repeated the claim that …": with no possessive, the claim is the sentence subject's.
        if (attrFirst == noun && SentenceSubject.Find(doc, s, noun) is var (sf, se) && se > sf && SourcePhrase.LooksLikeSource(doc, sf, se))
        {
            speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
            attrFirst = sf;
        }
        return Candidate(doc, that, end, speaker, noun, noun + 1, s, attrFirst, noun + 1, NominalConfidence);
    }

    private static bool IsPossessivePronoun(Document doc, int k) =>
        doc.WordIs(k, "his") || doc.WordIs(k, "her") || doc.WordIs(k, "their") || doc.WordIs(k, "its") || doc.WordIs(k, "my") || doc.WordIs(k, "our") || doc.WordIs(k, "your");

    /// <summary>"it is believed", "it has been reported": a reporting verb with the dummy subject "it".</summary>
    private static bool IsImpersonal(Document doc, int f, int e) => e - f == 1 && doc.WordIs(f, "it") && IsPassiveAfter(doc, e);

    private static bool IsPassiveAfter(Document doc, int k) => doc.WordIs(k, "is") || doc.WordIs(k, "was") || doc.WordIs(k, "has") || doc.WordIs(k, "had") || doc.WordIs(k, "been");

    private const int MaxAgentReach = 20;

    /// <summary>
    /// A passive cue with no "by" agent up to the end of its clause ("was called a charlatan by fellow physicians" has
    /// one) and no participle of a state of mind ("is worried that"): nobody named reports.
    /// </summary>
    private static bool UnnamedAgent(Document doc, int v, int end)
    {
        if (!IsPassive(doc, v) || IndirectCues.StateParticiples.Contains(doc.Word(v))) return false;
        for (var k = v + 1; k <= end && k < doc.Tokens.Count && k - v <= MaxAgentReach; k++) if (doc.WordIs(k, "by")) return false;
        return true;
    }

    private static bool IsPassive(Document doc, int v) =>
        PassiveStart(doc, v) < v && IsBe(doc, PassiveStart(doc, v)) && (doc.Word(v).EndsWith("ed", StringComparison.Ordinal) || doc.WordIs(v, "thought") || doc.WordIs(v, "known"));

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

    /// <summary>
    /// "A, the campaign said, B": one report given in two pieces around its attribution, like “Q1,” he said, “Q2.”: the
    /// span is the first piece, <see cref="QuoteCandidate.Pieces"/> both, the text their words joined. The tokens
    /// (<see cref="QuoteCandidate.FirstToken"/> to <see cref="QuoteCandidate.EndToken"/>) still run over both pieces.
    /// </summary>
    private static QuoteCandidate InPieces(Document doc, int first, int end, int resumed, int resumedEnd, QuoteCandidate whole) =>
        whole with
        {
            Span = doc.SpanOf(first, end),
            Pieces = [doc.SpanOf(first, end), doc.SpanOf(resumed, resumedEnd)],
            JoinedText = doc.TextOf(first, end) + " " + doc.TextOf(resumed, resumedEnd),
        };

    private static QuoteCandidate Candidate(Document doc, int first, int end, ExtractedSpeaker speaker, int cue, int cueEnd, Sentence s, int attrFirst, int attrEnd, double confidence) =>
        new(doc.SpanOf(first, end), QuoteKind.Indirect, WithAntecedent(doc, speaker, s), doc.SpanOf(cue, cueEnd),
            speaker.EntityId is null ? confidence - 0.1 : confidence, first, end, attrFirst, attrEnd, s.Paragraph);

    /// <summary>
    /// "a slide show that predicted …", "voters who say …", "the donors, who want …": a relative pronoun names its
    /// speaker only through the noun before it, so the mention runs from that noun to the pronoun and holds both.
    /// </summary>
    private static ExtractedSpeaker WithAntecedent(Document doc, ExtractedSpeaker speaker, Sentence s)
    {
        if (speaker.Mention is not { } m) return speaker;
        var k = FirstTokenEndingAfter(doc, m.Start, s.FirstToken, s.EndToken);
        if (k >= s.EndToken || doc.Tokens[k].Start != m.Start || doc.Tokens[k].End != m.End || !(doc.WordIs(k, "that") || doc.WordIs(k, "who"))) return speaker;
        var head = k - 1;
        if (head > s.FirstToken && doc.IsPunct(head, ',') && doc.WordIs(k, "who")) head--;
        if (head < s.FirstToken || doc.Tokens[head].Kind != TokenKind.Word) return speaker;
        var span = new TextSpan(doc.Tokens[head].Start, m.End);
        return speaker with { Mention = span, Description = speaker.Description is null ? null : doc.Text[span.Start..span.End] };
    }
}
