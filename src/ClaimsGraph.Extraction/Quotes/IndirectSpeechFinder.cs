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
/// one (<see cref="OverlappingReports"/>), and the words between a cue and the quotation it introduces are that
/// quotation's lead-in (<see cref="QuotationLeadIn"/>).
/// The span is the reported clause, "that" included (see <see cref="ReportedClause"/>).
/// This file holds the sentence loop and the candidate; the rules live by concern in IndirectSpeechFinder.*.cs
/// (CueBefore, CueAfter, Participles, Sources, Subjects, Phrases).
/// </summary>
public static partial class IndirectSpeechFinder
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
        // Between the pieces of one utterance (“Q1,” said X, who said A. “Q2.”) only a second act of saying (or "referring to", "citing") is
        // reported; the rest there is the quote's attribution and its asides.
        bool[]? betweenPieces = null; // most articles have no quote in pieces: no second array for them
        foreach (var q in direct)
        {
            if (q.Pieces is { Count: > 1 } pieces) ClaimPieces(doc, claimed, betweenPieces ??= new bool[doc.Tokens.Count], q, pieces);
            else Claim(claimed, q.FirstToken, q.EndToken);
        }
        var quoteCues = PiecedQuoteCues(direct);
        var leadIns = QuotationLeadIn.Cues(direct);
        var found = new List<QuoteCandidate>();
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            var from = found.Count;
            if (SpeakerLabel.Find(doc, si) is { } labelled) found.Add(labelled);
            FindInSentence(doc, doc.Sentences[si], found);
            for (var i = found.Count - 1; i >= from; i--)
            {
                if (Overlaps(claimed, found[i]) || found[i].Cue is { } cue && (quoteCues.Contains(cue.Start) || ApostropheQuotation.Inside(doc, cue.Start))
                    || QuotationLeadIn.IsLeadIn(doc, leadIns, found[i])
                    || betweenPieces is not null && Overlaps(betweenPieces, found[i]) && !IsSayingCue(doc, found[i]) && !IsFollowOnCue(doc, found[i])
                    || NoReportAtCue(doc, doc.Sentences[si], found[i])) found.RemoveAt(i);
                else found[i] = Dateline.Skip(doc, doc.Sentences[si], found[i]);
            }
        }
        return OverlappingReports.Remove(doc, found);
    }

    /// <summary>
    /// A report that its cue does not make: the words right after it are the speaker of "…, said NAME, …"
    /// (<see cref="InvertedAttribution"/>), the object of "maintains a lead", "found himself" (<see cref="ObjectSense"/>),
    /// when and how it was said, "said after the storm" (<see cref="SayingCircumstance"/>), a noun read as the cue, "talk show
    /// host", "made plans to" (<see cref="CompoundNoun"/>), the writer's own "it is worth noting" (<see cref="WritersIdiom"/>),
    /// "responded to" not negated (<see cref="NoResponse"/>).
    /// </summary>
    private static bool NoReportAtCue(Document doc, Sentence s, QuoteCandidate c)
    {
        if (c.Cue is not { } cue) return false;
        var v = FirstTokenEndingAfter(doc, cue.Start, s.FirstToken, s.EndToken);
        if (v >= s.EndToken || doc.Tokens[v].Start != cue.Start) return false;
        return InvertedAttribution.IsSpeakerAfterComma(doc, s, v, c.FirstToken) || ObjectSense.ReportsNothing(doc, s, v, c.FirstToken)
            || SayingCircumstance.IsCircumstance(doc, v, c.FirstToken, c.EndToken) || CompoundNoun.IsNoun(doc, s, v)
            || WritersIdiom.IsIdiom(doc, s, v) || AnonymityRequest.IsRequest(doc, s, v) || NoResponse.IsUnnegatedResponse(doc, s, v)
            || LeadInOnly(doc, s, v, c);
    }

    /// <summary>
    /// "In a statement, the ministry said: “…”", "In a speech last July, he said:": one opening phrase before the source
    /// (no comma inside) is no reported clause. Not "At one point, she said, she was …": the words after the attribution
    /// go on with it (<see cref="InPieces"/>).
    /// </summary>
    private static bool LeadInOnly(Document doc, Sentence s, int v, QuoteCandidate c)
    {
        if (c.Pieces is not null || c.Cue is not { } cue || c.Span.End > cue.Start || v + 1 < s.EndToken && doc.IsPunct(v + 1, ',')) return false;
        for (var k = c.FirstToken; k < c.EndToken; k++) if (doc.IsPunct(k, ',')) return false;
        return FrontedAdverbial.IsOnly(doc, c.FirstToken, c.EndToken);
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

    private static bool IsSayingCue(Document doc, QuoteCandidate c) => SpeechCues.IsVerbOfSaying(CueWord(doc, c));

    /// <summary>
    /// "“Q1,” Trump said, referring to Cruz. “Q2.”", "“…,” she said, citing the report": a participle that goes on from
    /// the act of saying and names what the words are about is reported between the pieces of a quote too.
    /// </summary>
    private static readonly WordSet FollowOnCues = new(["referring", "citing"]);

    private static bool IsFollowOnCue(Document doc, QuoteCandidate c) => c.Cue is not null && FollowOnCues.Contains(CueWord(doc, c));

    private static ReadOnlySpan<char> CueWord(Document doc, QuoteCandidate c)
    {
        if (c.Cue is not { } cue) return [];
        var w = doc.Text.AsSpan(cue.Start, cue.End - cue.Start);
        var space = w.IndexOf(' ');
        return space > 0 ? w[..space] : w;
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
        // "Harbour tours will lift the town: Lindqvist": a headline closed by a colon and its source.
        if (HeadlineSource.After(doc, s) is var (colon, hf, he) && colon > 0 && !ReportedClause.HasQuoteMark(doc, s.FirstToken, colon))
        {
            if (Candidate(doc, s.FirstToken, colon, SpeakerResolver.Resolve(doc, hf, he, fromRight: true), colon, colon + 1, s, hf, he, SpeechConfidence) is { } headline) found.Add(headline);
            return;
        }
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
            // "The museum is reportedly making plans to …": a report by nobody named, marked by the adverb alone.
            if (doc.WordIs(v, "reportedly"))
            {
                if (ReportedlyReported(doc, s, v) is { } reportedly) found.Add(reportedly);
                continue;
            }
            if (t.IsCapitalized)
            {
                // "Asked whether …, the spokesman said …": a passive question with no named asker.
                if (v == s.FirstToken && w is "Asked" && AskedWithoutAsker(doc, s, v) is { } asked) found.Add(asked);
                // A headline in title case: "Senator Says Plan Will Fail".
                else if (IsTitleCaseCue(doc, s, v) && CueBeforeClause(doc, s, v) is { } headline) found.Add(headline);
                // A headline closing on its attribution: "Port Will Close By June, Harbor Master Says."
                else if (!cueAfterDone && IsTitleCaseClosingCue(doc, s, v) && CueAfterClause(doc, s, v, titleCase: true) is { } closing)
                {
                    found.Add(closing);
                    cueAfterDone = true;
                }
                // "Governor Endorses Harbor Plan": a title-case headline verb reports its object.
                else if (HeadlineVerb.IsVerb(doc, s, v) && HeadlineObjectReported(doc, s, v) is { } headlineObject) found.Add(headlineObject);
                // "Noting that CLAUSE, the mayor asked …": a participle of saying opening the sentence.
                else if (FrontedParticipleReported(doc, s, v) is { } fronted) found.Add(fronted);
                continue;
            }
            // "CLAUSE, records show.": a document states the clause before it.
            if (!cueAfterDone && DocumentEvidenceClause(doc, s, v) is { } evidenced)
            {
                found.Add(evidenced);
                cueAfterDone = true;
                continue;
            }
            // "is confident that", "remain hopeful that", "made it clear that": no verb of the lexicon, the adjective is the cue.
            if (StanceAdjective.VerbGroupStart(doc, s, v) is var group and >= 0)
            {
                if (StanceReported(doc, s, v, group) is { } stance) found.Add(stance);
                continue;
            }
            // "his attacks on Clinton", "criticism from rivals that …": an attitude noun with its holder and object.
            if (NominalAttitude.IsNoun(w) && NominalObject(doc, s, v) is { } attitude) { found.Add(attitude); continue; }
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
            // "The senator is widely seen as the front-runner": the passive of a verb of viewing.
            if (PassiveView.AsAfter(doc, s, v) is var asWord and >= 0)
            {
                if (PassiveViewed(doc, s, v, asWord) is { } view) found.Add(view);
                continue;
            }
            if (!IndirectCues.ThatVerbs.Contains(w) && !SpeechCues.Verbs.Contains(w) && !IndirectCues.ComplementVerbs.Contains(w) && !IndirectCues.PrepositionVerbs.Contains(w) && !IndirectCues.NamingVerbs.Contains(w) && !IndirectCues.AsVerbs.Contains(w)) continue;
            if (IndirectCues.WeakForms.Contains(w) || PluralNounHead.Is(doc, v, s.EndToken)) continue;
            if (InfinitiveReported(doc, s, v, found, before) is { } infinitive) { found.Add(infinitive); continue; }
            if (GerundReported(doc, s, v, found, before) is { } gerund) { found.Add(gerund); continue; }
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

    /// <summary>Whether a quotation mark comes at <paramref name="end"/>, after at most one punctuation mark, inside the sentence.</summary>
    private static bool QuoteFollows(Document doc, int end, int limit)
    {
        var k = end;
        if (k < limit && doc.Tokens[k].Kind == TokenKind.Punct) k++;
        return k < limit && doc.Tokens[k].Kind == TokenKind.Quote && ReportedClause.MoreWordsThan(doc, k, limit, 0);
    }

    /// <summary>
    /// "A, the campaign said, B": one report given in two pieces around its attribution, like “Q1,” he said, “Q2.”: the
    /// span is the first piece, <see cref="QuoteCandidate.Pieces"/> both, the text their words joined. The tokens
    /// (<see cref="QuoteCandidate.FirstToken"/> to <see cref="QuoteCandidate.EndToken"/>) still run over both pieces.
    /// A first piece that is only a fronted adverbial ("In the end, X said, B") frames what was said: the report is B alone.
    /// </summary>
    private static QuoteCandidate InPieces(Document doc, int first, int end, int resumed, int resumedEnd, QuoteCandidate whole) =>
        FrontedAdverbial.IsOnly(doc, first, end) ? whole with { Span = doc.SpanOf(resumed, resumedEnd), FirstToken = resumed } :
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
        if (k >= s.EndToken || doc.Tokens[k].Start != m.Start || doc.Tokens[k].End != m.End) return speaker;
        // "Beijing, which sees the island as …": "which" speaks for a named entity right before it, and only then.
        if (doc.WordIs(k, "which"))
        {
            if (speaker.EntityId is not null || k - 2 < s.FirstToken || !doc.IsPunct(k - 1, ',') || doc.MentionAt[k - 2] < 0) return speaker;
            var named = doc.Mentions[doc.MentionAt[k - 2]];
            return new ExtractedSpeaker(named.EntityId, doc.NameOf(named.EntityId), new TextSpan(doc.Tokens[named.FirstToken].Start, m.End), null);
        }
        if (!(doc.WordIs(k, "that") || doc.WordIs(k, "who"))) return speaker;
        var head = k - 1;
        if (head > s.FirstToken && doc.IsPunct(head, ',') && doc.WordIs(k, "who")) head--;
        if (head < s.FirstToken || doc.Tokens[head].Kind != TokenKind.Word) return speaker;
        var span = new TextSpan(doc.Tokens[head].Start, m.End);
        return speaker with { Mention = span, Description = speaker.Description is null ? null : doc.Text[span.Start..span.End] };
    }
}
