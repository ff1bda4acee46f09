using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Fishermen who wanted to keep the old pier could be forced to …", "Donors backing the mayor began the year with …":
/// a cue inside the sentence's subject reports an object or an infinitive, and neither holds a finite verb of its own
/// unless a clause opens inside it ("backing candidates who have …"); the first such verb is the main clause's predicate,
/// so the report ends before it.
/// </summary>
public static class PredicateAfterObject
{
    private static readonly WordSet Auxiliaries = new(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);

    /// <summary>Words that open a clause of their own inside the object, whose verb is then no main predicate.</summary>
    private static readonly WordSet ClauseOpeners = new(
    [
        "who", "whom", "whose", "which", "that", "what", "whether", "if", "when", "where", "why", "how", "because", "as",
        "while", "after", "before", "until", "since", "than", "though", "although", "unless", "once", "whatever", "whoever",
        "he", "she", "they", "we", "I", "you", "it", "there", "and", "or", "but",
    ]);

    /// <summary>
    /// The end of the object or infinitive reported by verb <paramref name="cue"/> from <paramref name="start"/> to
    /// <paramref name="end"/>: before the first finite auxiliary or past verb ("began the season") that no clause word, verb
    /// of saying or thinking, or "to" precedes; otherwise <paramref name="end"/>. A verb that may take a bare clause ("found
    /// the plan is …") is left alone.
    /// </summary>
    public static int End(Document doc, Sentence s, int cue, int start, int end)
    {
        if (IndirectCues.ThatVerbs.Contains(doc.Word(cue)) && !doc.WordIs(start, "to") || !InSubject(doc, s, cue)) return end;
        for (var j = start; j < end; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind != TokenKind.Word) continue;
            var w = doc.Word(j);
            // "Groups that have endorsed him say …", "A woman who has accused the mayor of fraud said …": a verb of saying right
            // after the object is the main predicate, the subject's act of saying, which the object ends before.
            if (SayingAfterObject(doc, start, j)) return ReportedClause.TrimEnd(doc, start, j);
            if (ClauseOpeners.Contains(w) || IndirectCues.ThatVerbs.Contains(w) || IndirectCues.BareClauseVerbs.Contains(w)) return end;
            if (j > start && !t.IsCapitalized && !doc.WordIs(j - 1, "to") && !Auxiliaries.Contains(doc.Word(j - 1))
                && (Auxiliaries.Contains(w) || PastVerb(doc, start, j, end)))
                return ReportedClause.TrimEnd(doc, start, j);
        }
        return end;
    }

    /// <summary>
    /// A past form at <paramref name="j"/> that is the main verb: after a noun (not a preposition, not a possessive, "the
    /// party's disgraced leader"), before no preposition ("a share of the catch based on …" is a participle), and not after a
    /// name right behind a common noun ("the role Smith played" is a relative clause with its own subject).
    /// </summary>
    private static bool PastVerb(Document doc, int start, int j, int end)
    {
        var w = doc.Word(j);
        if (j < start + 2 || !(IndirectCues.IrregularPastForms.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return false;
        var before = doc.Tokens[j - 1];
        if (before.Kind != TokenKind.Word || IndirectCues.Prepositions.Contains(doc.Word(j - 1)) || doc.Word(j - 1).EndsWith("'s", StringComparison.Ordinal) || doc.Word(j - 1).EndsWith("’s", StringComparison.Ordinal)) return false;
        if (before.IsCapitalized && doc.Tokens[j - 2].Kind == TokenKind.Word && !doc.Tokens[j - 2].IsCapitalized && !doc.WordIs(j - 2, "the")) return false;
        return j + 1 < end && !(doc.Tokens[j + 1].Kind == TokenKind.Word && IndirectCues.Prepositions.Contains(doc.Word(j + 1)) && !doc.WordIs(j + 1, "up") && !doc.WordIs(j + 1, "out") && !doc.WordIs(j + 1, "off"));
    }

    private static readonly WordSet NotBeforePredicate = new(["to", "not", "never", "also", "n't", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"]);

    /// <summary>
    /// A finite verb of saying at <paramref name="j"/> after a lower-case word of the object (no auxiliary, "to", determiner or
    /// clause word) and before a word that opens its clause, no preposition: "the needs of Western states than …", "jobs in the
    /// state." hold the noun.
    /// </summary>
    private static bool SayingAfterObject(Document doc, int start, int j)
    {
        var t = doc.Tokens[j];
        if (j <= start || t.IsCapitalized || doc.Tokens[j - 1].Kind != TokenKind.Word || doc.Tokens[j - 1].IsCapitalized) return false;
        var w = doc.Word(j);
        if (!SpeechCues.IsVerbOfSaying(w) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)) return false;
        if (j + 1 >= doc.Tokens.Count || doc.Tokens[j + 1].Kind is not (TokenKind.Word or TokenKind.Number) || IndirectCues.Prepositions.Contains(doc.Word(j + 1)) && !doc.WordIs(j + 1, "that")) return false;
        var before = doc.Word(j - 1);
        return !Auxiliaries.Contains(before) && !ClauseOpeners.Contains(before) && !NotBeforePredicate.Contains(before) && !before.EndsWith("ly", StringComparison.Ordinal);
    }

    private const int MaxWordsToRelative = 3;

    /// <summary>How far back from the modified noun the sentence start or a comma may stand (a subject, not a paragraph).</summary>
    private const int MaxSubjectTokens = 30;

    /// <summary>
    /// Whether the cue stands in a modifier of a noun that opens the sentence's subject: a participle right after the noun
    /// ("donors supporting …", "the union-backed group …") or a relative clause with no comma before its pronoun
    /// ("fishermen who wanted …", "a baker who has long opposed …"), with no finite verb before it in the sentence.
    /// </summary>
    private static bool InSubject(Document doc, Sentence s, int cue)
    {
        var w = doc.Word(cue);
        var k = cue - 1;
        // "donors supporting …", "the union-backed group …"; not "the mayor cited …", a finite verb in -ed.
        var participle = w.EndsWith("ing", StringComparison.Ordinal) && k >= s.FirstToken && doc.Tokens[k].Kind == TokenKind.Word;
        var hyphenated = w.EndsWith("ed", StringComparison.Ordinal) && k >= s.FirstToken && doc.IsPunct(k, '-');
        if (hyphenated) k--;
        else if (!participle)
        {
            var rel = -1;
            for (var j = k; j >= s.FirstToken && j >= cue - MaxWordsToRelative; j--)
            {
                if (doc.Tokens[j].Kind != TokenKind.Word) return false;
                if (doc.WordIs(j, "who") || doc.WordIs(j, "that")) { rel = j; break; }
            }
            if (rel <= s.FirstToken || doc.Tokens[rel - 1].Kind != TokenKind.Word) return false;
            k = rel - 1;
        }
        // The noun phrase before the modifier opens the sentence or follows a comma: no finite verb before it.
        for (var j = k; j >= s.FirstToken; j--)
        {
            if (j < k - MaxSubjectTokens) return false;
            var t = doc.Tokens[j];
            if (doc.IsPunct(j, ',')) return j < k;
            if (t.Kind == TokenKind.Quote) return false;
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (Auxiliaries.Contains(doc.Word(j)) || IndirectCues.ThatVerbs.Contains(doc.Word(j)))) return false;
        }
        return true;
    }
}
