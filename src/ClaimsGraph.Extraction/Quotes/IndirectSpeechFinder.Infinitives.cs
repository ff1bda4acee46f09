using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"X went on to say that CLAUSE", "X continued to insist that CLAUSE", "X continued to say he had …": a verb of saying in the infinitive, with its "that" or a plain bare clause.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>
    /// Verbs of saying proper whose infinitive with "that" reports what the subject of the sentence says ("continued to
    /// argue that …"). Verbs of knowing and showing are left out: "to show that", "to know that", "to prove that" mostly
    /// state a purpose or a fact, no one's words.
    /// </summary>
    private static readonly WordSet InfinitiveSayingVerbs = new(
    [
        "say", "argue", "note", "suggest", "assert", "warn", "claim", "insist", "complain", "explain", "admit", "acknowledge",
        "declare", "state", "concede", "contend", "stress", "emphasize", "predict", "promise", "vow", "allege", "charge",
        "maintain", "reiterate", "point", "remind", "assure", "tell", "brag", "boast", "speculate", "deny", "confirm", "announce",
    ]);

    /// <summary>
    /// Words before "to" that make the infinitive no act of saying by the subject: "fair to say that", "is to say that"
    /// (a comment of the writer's), "failed to note that", "vowed not to repeat that" (what was not said).
    /// </summary>
    private static readonly WordSet NoSayingBeforeTo = new(
    [
        "fair", "safe", "accurate", "wrong", "right", "hard", "difficult", "easy", "enough", "fact", "is", "was", "be", "not",
        "fail", "fails", "failed", "failing", "important", "reasonable", "too", "needless", "suffice", "sufficient", "unfair",
    ]);

    /// <summary>
    /// Verbs and adjectives whose own subject does the saying of the infinitive after them ("wants to", "is eager to");
    /// besides these, past tenses and participles ("continued to", "refusing to"). An object before "to" ("led some to
    /// speculate", "urged voters to") names another speaker and is left alone.
    /// </summary>
    private static readonly WordSet SubjectControl = new(
    [
        "continue", "continues", "want", "wants", "try", "tries", "went", "go", "goes", "need", "needs", "seem", "seems",
        "began", "begin", "begins", "begun", "appear", "appears", "refuse", "refuses", "decline", "declines", "hope", "hopes",
        "plan", "plans", "expect", "expects", "chose", "choose", "chooses", "dare", "came", "come", "comes", "sought", "seek",
        "seeks", "got", "refusing", "trying", "continuing", "declining", "hoping", "going", "planning", "seeking", "struggling",
        "wanting", "beginning", "able", "likely", "ready", "quick", "eager", "willing", "unwilling", "unable", "sure", "careful",
    ]);

    /// <summary>Words between a subject and a governing adjective: "are slightly more likely to", "seemed ready to", "are all quick to".</summary>
    private static readonly WordSet BeforeControlAdjective = new(
    [
        "more", "less", "most", "very", "so", "too", "slightly", "all", "also", "still", "not", "always", "often", "is", "are",
        "was", "were", "be", "been", "seem", "seems", "seemed", "appear", "appears", "appeared", "'s", "’s", "being",
    ]);

    /// <summary>"He went on to say that CLAUSE", "Aides continued to insist that CLAUSE": the subject of the sentence says the clause.</summary>
    private static QuoteCandidate? InfinitiveReported(Document doc, Sentence s, int v, List<QuoteCandidate> found, int sentenceFrom)
    {
        if (v - 2 < s.FirstToken || !doc.WordIs(v - 1, "to") || !InfinitiveSayingVerbs.Contains(doc.Word(v))) return null;
        if (doc.Tokens[v - 2].Kind != TokenKind.Word || NoSayingBeforeTo.Contains(doc.Word(v - 2))) return null;
        var governing = doc.WordIs(v - 2, "on") ? v - 3 : v - 2;
        if (governing < s.FirstToken || doc.Tokens[governing].Kind != TokenKind.Word) return null;
        var g = doc.Word(governing);
        if (!SubjectControl.Contains(g) && !g.EndsWith("ed", StringComparison.Ordinal)) return null;
        var start = ReportedClause.Start(doc, v, v + 1, s.EndToken);
        if (start < 0) return null;
        if (doc.WordIs(start, "that") ? ReportedClause.IsRelativeThat(doc, start, s.EndToken)
            // "continued to say he had never touched …", "more likely to say Clinton still has …": a bare clause, its subject and finite verb plain.
            : !(IndirectCues.BareClauseVerbs.Contains(doc.Word(v)) && SubjectAndFiniteVerb(doc, start, s.EndToken))) return null;
        var end = OpeningClause.End(doc, s, v, start, ReportedClause.End(doc, start, s.EndToken));
        if (end - start < MinClauseTokens + 1 || ReportedClause.HasQuoteMark(doc, start, end)) return null;
        // "appeared to suggest that …", "refused to admit that …": the governing verb already reports the infinitive and its clause.
        if (AlreadyReported(found, sentenceFrom, start, end)) return null;
        // The subject right before the verb group that governs "to" ("Aides have continued to", "he went on to", "are quick to").
        var group = governing;
        while (group - 1 >= s.FirstToken && governing - group < 4 && BeforeControlAdjective.Contains(doc.Word(group - 1))) group--;
        group = SkipAdverbs(doc, group, s.FirstToken);
        var (f, e) = group > s.FirstToken ? SourcePhrase.Before(doc, group, s.FirstToken) : (group, group);
        // "…, refusing to concede that …": a participle after a comma goes on from the sentence's subject.
        if (g.EndsWith("ing", StringComparison.Ordinal) && doc.IsPunct(governing - 1, ',')) (f, e) = SentenceSubject.Find(doc, s, governing - 1);
        else if (e != group && !(e == group - 1 && doc.IsPunct(e, ','))) return null;
        if (e <= f || e > v - 2 || !PlausibleSource(doc, f, e) || IsImpersonal(doc, f, e)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
        return Candidate(doc, start, end, speaker, v, v + 1, s, f, v + 1, SpeechConfidence);
    }

    private const int MaxBareSubject = 4;

    /// <summary>
    /// Whether a clause opens at <paramref name="k"/> with a short subject and a finite auxiliary ("he had never …",
    /// "Clinton still has a shot", "she’s in this race"), not an object ("the words …", "goodbye").
    /// </summary>
    private static bool SubjectAndFiniteVerb(Document doc, int k, int limit)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || IndirectCues.Prepositions.Contains(doc.Word(k))) return false;
        for (var j = k + 1; j < limit && j - k <= MaxBareSubject; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            if (FiniteAuxiliaries.Contains(doc.Word(j)) || doc.Tokens[j].Is(TokenFlags.Clitic) && !doc.Word(j).EndsWith("t", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Whether a report of the sentence already ends with the clause [<paramref name="start"/>, <paramref name="end"/>) and holds it.</summary>
    private static bool AlreadyReported(List<QuoteCandidate> found, int sentenceFrom, int start, int end)
    {
        for (var i = sentenceFrom; i < found.Count; i++) if (found[i].EndToken == end && found[i].FirstToken <= start) return true;
        return false;
    }
}
