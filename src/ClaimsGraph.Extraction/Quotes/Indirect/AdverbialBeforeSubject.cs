using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "He said by the end of the year the bridge would be finished", "She said in the past the council had ignored it": after
/// a verb of saying with no "that", a short prepositional phrase opens the reported clause when a subject and its finite
/// verb follow it (a pronoun, a name, or a determiner phrase, then "would", "was", "had" …). Not the terms of speaking
/// ("spoke for an hour", <see cref="CircumstancePhrase"/>), nor a phrase with no clause after it ("said in a statement.").
/// </summary>
public static class AdverbialBeforeSubject
{
    // "by the end of 2019", "in the past", "over the past few weeks": the phrase is short, a handful of words.
    private const int MaxPhraseWords = 6;

    /// <summary>The token where the subject after the phrase opening at <paramref name="k"/> starts, or -1.</summary>
    public static int SubjectAfter(Document doc, int k, int limit)
    {
        if (k + 2 >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || !AdverbialOpener.IsOpener(doc, k)
            || doc.WordIs(k, "to") || CircumstancePhrase.StartsAt(doc, k, limit)) return -1;
        for (var j = k + 2; j < limit && j <= k + MaxPhraseWords; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) || doc.WordIs(j, "that")) return -1;
            // "said on Friday as the two countries look to …": a subordinator opens a clause of the writer's, not the report.
            if (OpeningClause.IsSubordinator(doc, j - 1) || doc.WordIs(j - 1, "as") || OpeningClause.IsSubordinator(doc, j) || doc.WordIs(j, "as")) return -1;
            if (t.Kind != TokenKind.Word) continue;
            var subjectEnd = SubjectEnd(doc, j, limit);
            if (subjectEnd > j && ReportedClause.OpensPredicate(doc, subjectEnd, limit, irregularPast: true) && !ReportedClause.OpensPredicate(doc, j, limit)) return j;
        }
        return -1;
    }

    /// <summary>The token after a subject opening at <paramref name="j"/>: a pronoun, a mentioned name, or "the"/"a" and up to three words; or <paramref name="j"/>.</summary>
    private static int SubjectEnd(Document doc, int j, int limit)
    {
        // "said in 2019 there were …": the expletive "there" stands as a subject too.
        if (Coreference.SpeakerResolver.IsSubjectPronoun(doc.Word(j)) || doc.WordIs(j, "there")) return j + 1;
        if (doc.MentionAt[j] >= 0 && doc.Mentions[doc.MentionAt[j]].FirstToken == j) return doc.Mentions[doc.MentionAt[j]].EndToken;
        if (!(doc.WordIs(j, "the") || doc.WordIs(j, "a") || doc.WordIs(j, "an")) || doc.Tokens[j].IsCapitalized) return j;
        // "the operation was", "the new rail line would": the noun right before the finite verb closes the phrase.
        for (var e = j + 2; e < limit && e <= j + 4; e++)
        {
            if (doc.Tokens[e - 1].Kind != TokenKind.Word) return j;
            if (ReportedClause.OpensPredicate(doc, e, limit)) return e;
        }
        return j;
    }
}
