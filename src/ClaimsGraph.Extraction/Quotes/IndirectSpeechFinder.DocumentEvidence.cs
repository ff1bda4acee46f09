using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"CLAUSE, records show.", "CLAUSE, the poll found.": a document or data source closing the sentence reports the clause before it.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>Verbs with which a document states a finding; none of them is a verb of saying, so <see cref="CueAfterClause"/> leaves them.</summary>
    internal static readonly WordSet DocumentVerbs = new(
    [
        "show", "shows", "showed", "shown", "found", "finds", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed",
        "suggest", "suggests", "suggested",
    ]);

    /// <summary>
    /// Heads of the phrases that name a document or a body of data ("campaign finance records", "a new poll", "a police
    /// report"). People and organizations are left to the verbs of saying: "the Post found" is as often the paper's own finding.
    /// </summary>
    private static readonly WordSet DocumentNouns = new(
    [
        "records", "data", "poll", "polls", "documents", "figures", "survey", "surveys", "report", "reports", "analysis",
        "investigation", "filings", "disclosures", "statistics", "audit", "study", "review",
    ]);

    private const int MaxDocumentPhraseTokens = 12;

    /// <summary>"records show.”)": the marks that may close the sentence after the verb.</summary>
    private const int MaxClosingMarks = 3;

    /// <summary>"He sold the house in 2010, county records show.": the document phrase after the last comma is the source.</summary>
    private static QuoteCandidate? DocumentEvidenceClause(Document doc, Sentence s, int v)
    {
        // Called for every word: the cheap test first (only closing marks may follow the verb).
        if (s.EndToken - v > MaxClosingMarks + 1 || !DocumentVerbs.Contains(doc.Word(v)) || ReportedClause.MoreWordsThan(doc, v + 1, s.EndToken, 0)) return null;
        var head = v - 1;
        // "a new poll has found", "records have shown".
        if (head > s.FirstToken && (doc.WordIs(head, "has") || doc.WordIs(head, "have") || doc.WordIs(head, "had"))) head--;
        if (head <= s.FirstToken || doc.Tokens[head].Kind != TokenKind.Word) return null;
        var f = head;
        while (f - 1 > s.FirstToken && head - f < MaxDocumentPhraseTokens && !doc.IsPunct(f - 1, ',') && doc.Tokens[f - 1].Kind != TokenKind.Quote) f--;
        var comma = f - 1;
        if (comma <= s.FirstToken || !doc.IsPunct(comma, ',') || HasCueVerb(doc, f, head)) return null;
        // "a study by the city's schools found", "disclosures filed on Sunday revealed": the document may come before its modifiers.
        var named = false;
        for (var k = f; k <= head && !named; k++) named = !doc.Tokens[k].IsCapitalized && DocumentNouns.Contains(doc.Word(k));
        if (!named) return null;
        var first = s.FirstToken;
        if (comma - first > ReportedClause.MaxClauseTokens) return null;
        var end = ReportedClause.TrimEnd(doc, first, comma);
        if (end - first < MinClauseTokens || ReportedClause.HasQuoteMark(doc, first, end)) return null;
        var speaker = SpeakerResolver.Resolve(doc, f, head + 1, fromRight: true);
        return Candidate(doc, first, end, speaker, v, v + 1, s, f, v + 1, SpeechConfidence);
    }
}
