using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// What may follow an attribution after its reported clause and still belong to it: the name of an inverted source
/// ("…, said a former spokesman for the ministry, Oleg Petrov, who …") or the occasion of the saying ("…, Wilkin said
/// during his talk to the harbor board.").
/// </summary>
public static class AttributionTail
{
    private const int MaxOccasion = 20;

    private const int MaxNameWords = 4;

    /// <summary>
    /// Whether a name starts at <paramref name="k"/> (a known mention, or two to four capitalised words such as an
    /// unknown "Oleg Petrov") and ends at a comma or the end of the sentence: an appositive, no resumed clause.
    /// </summary>
    public static bool IsNameAppositive(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || !doc.Tokens[k].IsCapitalized) return false;
        int after;
        if (doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].FirstToken == k) after = doc.Mentions[doc.MentionAt[k]].EndToken;
        else
        {
            after = k;
            while (after < limit && after - k < MaxNameWords && doc.Tokens[after].Kind == TokenKind.Word && doc.Tokens[after].IsCapitalized) after++;
            if (after - k < 2) return false;
        }
        return after >= limit || doc.IsPunct(after, ',') || !ReportedClause.MoreWordsThan(doc, after, limit, 0);
    }

    private static readonly WordSet Quantities = new(["most", "some", "all", "many", "much", "none", "each", "one", "half", "part", "few", "both", "any", "several", "either", "neither", "rest"]);

    /// <summary>"director of a polling firm", "author of a book on …": a bare title and its "of" describe the source before (not "most of the money was …").</summary>
    public static bool IsTitleOf(Document doc, int k, int limit) =>
        k + 2 < limit && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && !Quantities.Contains(doc.Word(k)) && doc.WordIs(k + 1, "of");

    private static readonly WordSet OccasionStarters = new(["during", "at", "in", "on"]);

    // "…, Kishida said after talks with Marcos.", "…, she said while visiting Kyiv.": wire copy closes many reports
    // with when the saying happened; what follows these needs no determiner ("after talks", "while visiting").
    private static readonly WordSet TimeStarters = new(["after", "before", "following", "while"]);


    private static readonly WordSet OccasionOpeners = new(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "one"]);

    // A clause inside the tail ("said on Tuesday during a town meeting that he may wait …") makes it no adverbial.
    private static readonly WordSet ClauseWords = new(["that", "whether", "which", "who", "if", "because"]);

    /// <summary>
    /// Whether the words from <paramref name="k"/> to the end of the sentence are one adverbial of the saying: a
    /// preposition ("during", "at", "in", "on") and a noun phrase ("during his speech", "on the morning show", not "in 2011 to
    /// a new wage system", "at least six balloons"), or a time phrase ("after talks with …", "while visiting …", not
    /// "after he met …"), with no clause, comma, dash or quotation mark before the sentence ends.
    /// </summary>
    public static bool IsOccasionOnly(Document doc, int k, int limit)
    {
        if (k + 1 >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return false;
        var time = TimeStarters.Contains(doc.Word(k));
        if (!time && !OccasionStarters.Contains(doc.Word(k))) return false;
        var next = doc.Tokens[k + 1];
        if (next.Kind != TokenKind.Word) return false;
        // "said after he met …" is a clause of its own.
        if (time ? SayingCircumstance.SubjectPronouns.Contains(doc.Word(k + 1)) : !next.IsCapitalized && !OccasionOpeners.Contains(doc.Word(k + 1))) return false;
        for (var j = k + 1; j < limit; j++)
        {
            if (j - k > MaxOccasion) return false;
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Word && ClauseWords.Contains(doc.Word(j))) return false;
            if (t.Kind != TokenKind.Punct || t.Is(TokenFlags.Glued) && !doc.IsPunct(j, ',')) continue;
            // "Marcos Jr. in Manila": the period of an abbreviation, a lower-case word after it.
            if (doc.IsPunct(j, '.') && doc.Tokens[j - 1].Is(TokenFlags.Glued) && j + 1 < limit && doc.Tokens[j + 1].Kind == TokenKind.Word && !doc.Tokens[j + 1].IsCapitalized) continue;
            // Only the sentence's own closing mark may follow.
            return !ReportedClause.MoreWordsThan(doc, j, limit, 0);
        }
        return true;
    }
}
