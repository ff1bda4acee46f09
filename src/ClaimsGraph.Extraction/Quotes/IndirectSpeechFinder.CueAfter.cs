using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"CLAUSE, X said", "CLAUSE, said X" and "A, X said, B": the cue after the reported clause, with its addressee and time tails.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>"CLAUSE, X said.", "CLAUSE, said X." and the interrupted "A, X said, B."</summary>
    /// <param name="titleCase">A headline's capitalised cue, "…, Harbor Master Says." (<see cref="IsTitleCaseClosingCue"/>), already checked as a verb of the lexicon.</param>
    private static QuoteCandidate? CueAfterClause(Document doc, Sentence s, int v, bool titleCase = false)
    {
        var w = doc.Word(v);
        if (!titleCase && (!SpeechCues.Verbs.Contains(w) || SpeechCues.QuoteOnlyVerbs.Contains(w) && !IndirectCues.BareClauseVerbs.Contains(w))) return null;
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        // Only right before the cue: "…, he and the captain had reasons to …" is a subject with its own verb group.
        if (e == v || e == v - 1 && doc.IsPunct(e, ',')) f = CoordinatedSourceStart(doc, s, f, e);
        int comma, tail;
        bool fromRight;
        if (e > f && f - 1 > s.FirstToken && doc.IsPunct(f - 1, ',') && PlausibleSource(doc, f, e))
        {
            // "CLAUSE, X told POLITICO earlier this week": the addressee of the telling is no part of the tail.
            tail = IndirectCues.TakesAddressee.Contains(w) ? AddresseeEnd(doc, v + 1, s.EndToken) : v + 1;
            // "Later in the day, the FBI said it would cooperate": a clause after the cue is the one reported
            // (but "If …, the campaign said, it may …" is one utterance around its attribution; and "CLAUSE, his
            // campaign announced Saturday." ends in the time of the saying, no clause).
            if (!doc.IsPunct(v + 1, ',') && !TimeTailOnly(doc, tail, s.EndToken) && !SecondCueJoined(doc, v, s.EndToken) && !(SpeechCues.IsVerbOfSaying(w) && AttributionTail.IsOccasionOnly(doc, tail, s.EndToken))
                && ReportedClause.Start(doc, v, v + 1, s.EndToken) >= 0) return null;
            comma = f - 1;
            // "CLAUSE, the UN spokesman, Stephane Dujarric, said.": the role before the name is no part of the clause.
            if (e == v - 1 && RoleBeforeName.Start(doc, s.FirstToken, comma) is var roleComma and > 0) comma = roleComma;
            fromRight = true;
        }
        else if (doc.IsPunct(v - 1, ',') && v - 1 > s.FirstToken && !(e > f && f == s.FirstToken && PlausibleSource(doc, f, e)))
        {
            // Not "Rendell, a Clinton supporter, said it would …" (the subject with an appositive) nor "…, said he";
            // and "…, telling reporters …" names the addressee, not the source.
            if (SpeakerResolver.IsSubjectPronoun(doc.Word(v + 1 < s.EndToken ? v + 1 : v)) || w.EndsWith("ing", StringComparison.Ordinal)
                || IndirectCues.TakesAddressee.Contains(w)) return null;
            (f, e) = SourcePhrase.After(doc, v, s.EndToken);
            if (e <= f || !PlausibleSource(doc, f, e) || HasCueVerb(doc, f, e) || HasFiniteAuxiliary(doc, f, e) || OpensWithPreposition(doc, f) || ClauseSubjectAfterCue.IsSubject(doc, e, s.EndToken)) return null;
            // "Russell Wheeler, a fellow at the institute, said the mayor could …": the words before the comma are a name
            // and its appositive, the subject of the cue, not a clause it reports.
            if (NamedSubjectBeforeAppositive(doc, s, v) is var (nf, ne) && ne > nf || ShortSubjectBeforeAppositive(doc, s, v)) return null;
            comma = v - 1;
            tail = e;
            fromRight = false;
        }
        else return null;
        var first = s.FirstToken;
        // "Asked whether he would repaint the hall, the janitor said, “Probably.”": the words before are the question put to
        // the speaker (reported by nobody named, AskedWithoutAsker), not what he said.
        if (doc.WordIs(first, "asked") || doc.WordIs(first, "when") && doc.WordIs(first + 1, "asked")) return null;
        if (comma - first > ReportedClause.MaxClauseTokens) return null;
        var end = ReportedClause.TrimEnd(doc, first, comma);
        if (end - first < MinClauseTokens || ReportedClause.HasQuoteMark(doc, first, end)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight);
        var attrFirst = Math.Min(v, f);
        var attrEnd = Math.Max(v + 1, e);
        if (fromRight && SecondCueJoined(doc, v, s.EndToken)) return Candidate(doc, first, end, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence);
        // "A, the campaign said, B": the utterance continues after the attribution.
        // "…, local promoters say; in 2019, …": a semicolon closes the attribution like the sentence's end.
        var longTail = !doc.IsPunct(tail, ';') && ReportedClause.MoreWordsThan(doc, tail, s.EndToken, MaxTailAfterCue);
        // "…, it may not ask for a recount": words right after the cue are its object, not a tail like "on Friday".
        if (fromRight && tail < s.EndToken && doc.Tokens[tail].Kind == TokenKind.Word && !IndirectCues.TailStarters.Contains(doc.Word(tail))) return null;
        // "CLAUSE, said Brian Baker, a longtime adviser who …": what follows the inverted source describes it.
        // "…, said a former spokesman for the ministry, Oleg Petrov, who …", "…, said Dan Ortiz, director of …": a name or a title of the source.
        if (!fromRight && longTail && doc.IsPunct(tail, ',') && (StartsAppositive(doc, tail + 1, s.EndToken) || AttributionTail.IsNameAppositive(doc, tail + 1, s.EndToken)
                                                              || AttributionTail.IsTitleOf(doc, tail + 1, s.EndToken)))
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
        // "…, Wilkin said during his talk to the harbor board.": one long adverbial of the saying ends the sentence.
        if (longTail && !(fromRight && SpeechCues.IsVerbOfSaying(w) && AttributionTail.IsOccasionOnly(doc, tail, s.EndToken))) return null;
        return Candidate(doc, first, end, speaker, v, v + 1, s, attrFirst, attrEnd, SpeechConfidence);
    }

    private static readonly WordSet AddresseeWords = new(["her", "him", "them", "me", "us", "reporters", "supporters", "journalists", "viewers", "listeners", "voters"]);

    private const int MaxAddresseeWords = 5;

    private static readonly WordSet AddresseeDeterminers = new(["the", "his", "her", "their", "its", "a", "an"]);

    /// <summary>Where the addressee after "told" starting at <paramref name="k"/> ends: a name, "her", "reporters", "The Associated Press"; <paramref name="k"/> when none.</summary>
    private static int AddresseeEnd(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word) return k;
        if (doc.MentionAt[k] >= 0) return Math.Min(limit, doc.Mentions[doc.MentionAt[k]].EndToken);
        if (AddresseeWords.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized) return k + 1;
        // "told the court in his filing", "told his youngest workers.": a determiner and a few lower-case words, then an
        // adverbial of the telling or the sentence's end.
        if (AddresseeDeterminers.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized)
        {
            var e = k + 1;
            while (e < limit && e - k <= MaxAddresseeWords - 2 && doc.Tokens[e].Kind == TokenKind.Word && !doc.Tokens[e].IsCapitalized && !TimeTailStarters.Contains(doc.Word(e))
                   && !IndirectCues.NotInSource.Contains(doc.Word(e))) e++;
            if (e > k + 1 && (e >= limit || doc.Tokens[e].Kind == TokenKind.Punct || TimeTailStarters.Contains(doc.Word(e)))) return e;
        }
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

    /// <summary>"CLAUSE, the leader said and stressed that …": a second verb of saying joined to the cue reports its own clause; the clause before is still the first one's.</summary>
    private static bool SecondCueJoined(Document doc, int v, int limit) =>
        v + 2 < limit && doc.WordIs(v + 1, "and") && IsJoinedCue(doc, v + 2);

    private static bool IsJoinedCue(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && (SpeechCues.Verbs.Contains(doc.Word(k)) || IndirectCues.ThatVerbs.Contains(doc.Word(k)));

    /// <summary>"a longtime adviser", "the group's founder", "who runs …", "which makes ferries": a description of the name before, not a clause.</summary>
    private static bool StartsAppositive(Document doc, int k, int limit) =>
        k < limit && (doc.WordIs(k, "a") || doc.WordIs(k, "an") || doc.WordIs(k, "the") || doc.WordIs(k, "who") || doc.WordIs(k, "whose") || doc.WordIs(k, "which"));

    /// <summary>
    /// "…, and Wayne, a former singer, says at least 21 people have been killed": words after the cue that hold a finite
    /// auxiliary are the clause it reports, no inverted source.
    /// </summary>
    private static bool HasFiniteAuxiliary(Document doc, int f, int e)
    {
        for (var k = f + 1; k < e; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && FiniteAuxiliaries.Contains(doc.Word(k))) return true;
        }
        return false;
    }

    /// <summary>"…, deputy minister of railways, said in Beijing.": a phrase opening with a preposition is where or when, no inverted source.</summary>
    private static bool OpensWithPreposition(Document doc, int f) =>
        doc.Tokens[f].Kind == TokenKind.Word && !doc.Tokens[f].IsCapitalized && IndirectCues.Prepositions.Contains(doc.Word(f));

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
}
