using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"X answered by saying CLAUSE", "after claiming that CLAUSE": a verb of saying in -ing after a preposition of manner or time.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>Verbs of saying proper in -ing; verbs of calling, urging and accusing name an act, not a reported clause.</summary>
    private static readonly WordSet GerundSayingVerbs = new(
    [
        "saying", "arguing", "noting", "suggesting", "asserting", "warning", "claiming", "insisting", "complaining", "explaining",
        "admitting", "acknowledging", "declaring", "stating", "conceding", "contending", "stressing", "predicting", "promising",
        "vowing", "alleging", "maintaining", "boasting", "announcing", "telling", "pointing",
    ]);

    /// <summary>Prepositions whose -ing complement is done by the subject of the clause they modify.</summary>
    private static readonly WordSet GerundPrepositions = new(["by", "after", "while", "before"]);

    private static readonly WordSet GerundAdverbs = new(["also", "even", "initially", "first", "repeatedly", "simply", "publicly", "falsely"]);

    /// <summary>"Mr. Bolton distanced himself from the group by saying he would serve": the sentence's subject says the clause.</summary>
    private static QuoteCandidate? GerundReported(Document doc, Sentence s, int v, List<QuoteCandidate> found, int sentenceFrom)
    {
        if (!GerundSayingVerbs.Contains(doc.Word(v))) return null;
        var prep = v - 1;
        if (prep > s.FirstToken && GerundAdverbs.Contains(doc.Word(prep))) prep--;
        if (prep <= s.FirstToken || !GerundPrepositions.Contains(doc.Word(prep)) || doc.Tokens[prep].IsCapitalized) return null;
        var start = ReportedClause.Start(doc, v, v + 1, s.EndToken);
        if (start < 0) return null;
        var end = ReportedClause.End(doc, start, s.EndToken);
        if (end - start < MinClauseTokens || ReportedClause.HasQuoteMark(doc, start, end) || QuoteFollows(doc, v + 1, s.EndToken)) return null;
        if (AlreadyReported(found, sentenceFrom, start, end)) return null;
        var (f, e) = SentenceSubject.Find(doc, s, prep);
        if (e <= f || e > prep || !PlausibleSource(doc, f, e) || IsImpersonal(doc, f, e)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
        return Candidate(doc, start, end, speaker, v, v + 1, s, f, v + 1, SpeechConfidence);
    }
}
