using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"Noting that CLAUSE, X said …": a participle of saying opens the sentence; the main clause's subject says the clause.</summary>
public static partial class IndirectSpeechFinder
{
    private const int MaxFrontedSubject = 6;

    /// <summary>"Noting that the pier had flooded twice, the mayor asked …", "Declaring that CLAUSE, the governor offered …".</summary>
    private static QuoteCandidate? FrontedParticipleReported(Document doc, Sentence s, int v)
    {
        var w = doc.Word(v);
        if (v != SentenceSubject.AfterDateline(doc, s, s.EndToken) || !w.EndsWith("ing", StringComparison.Ordinal)) return null;
        // ThatVerbs ignores case: "Noting", "Declaring", "Conceding".
        if (!IndirectCues.ThatVerbs.Contains(w)) return null;
        var start = v + 1;
        if (start >= s.EndToken || !doc.WordIs(start, "that") || ReportedClause.IsRelativeThat(doc, start, s.EndToken)) return null;
        // The clause runs to the comma after which a subject and its finite verb open the main clause.
        for (var c = start + MinClauseTokens + 1; c < s.EndToken - 2 && c - start <= ReportedClause.MaxClauseTokens; c++)
        {
            if (doc.Tokens[c].Kind == TokenKind.Quote) return null;
            if (!doc.IsPunct(c, ',')) continue;
            var e = c + 1;
            while (e < s.EndToken && e - c <= MaxFrontedSubject && !(e > c + 1 && IsFiniteVerbWord(doc, e)) && (doc.Tokens[e].Kind == TokenKind.Word || doc.IsPunct(e, '.'))) e++;
            if (e == c + 1 || e >= s.EndToken || !IsFiniteVerbWord(doc, e)) continue;
            if (!PlausibleSource(doc, c + 1, e) || ReportedClause.HasQuoteMark(doc, start, c)) return null;
            var speaker = SpeakerResolver.Resolve(doc, c + 1, e, fromRight: false);
            return Candidate(doc, start, c, speaker, v, v + 1, s, v, v + 1, SpeechConfidence);
        }
        return null;
    }

    /// <summary>A lower-case word that opens a main clause's predicate: an auxiliary, a verb of saying, a past tense.</summary>
    private static bool IsFiniteVerbWord(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) return false;
        var verb = doc.Word(k);
        return FiniteAuxiliaries.Contains(verb) || verb is "also" or "then" || SpeechCues.Verbs.Contains(verb) || IndirectCues.IrregularPastForms.Contains(verb)
               || verb.Length > 3 && verb.EndsWith("ed", StringComparison.Ordinal);
    }
}
