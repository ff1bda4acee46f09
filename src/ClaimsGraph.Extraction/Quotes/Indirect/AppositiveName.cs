using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Poland's foreign minister, Radoslaw Sikorski, called …": a subject that names a role, followed by the person's name
/// between commas, is that person; the possessor ("Poland") is not the speaker.
/// </summary>
public static class AppositiveName
{
    /// <summary>
    /// [first, end) of a person's name (a person mention, or capitalised words naming nothing else) standing alone between the comma at <paramref name="comma"/> (right after a subject
    /// ending in a role word, not itself a person's name) and the next comma, before <paramref name="limit"/>; or an empty range.
    /// </summary>
    public static (int First, int End) After(Document doc, int subjectEnd, int comma, int limit)
    {
        if (comma <= 0 || comma + 2 >= limit || !doc.IsPunct(comma, ',') || subjectEnd != comma) return (comma, comma);
        var last = comma - 1;
        if (doc.Tokens[last].Kind != TokenKind.Word || doc.MentionAt[last] >= 0 && doc.Mentions[doc.MentionAt[last]].Kind == MentionKind.Person) return (comma, comma);
        var m = doc.MentionAt[comma + 1];
        var end = m >= 0 && doc.Mentions[m].Kind == MentionKind.Person && doc.Mentions[m].FirstToken == comma + 1 ? doc.Mentions[m].EndToken : UnknownNameEnd(doc, comma + 1, limit);
        return end > comma + 1 && end < limit && doc.IsPunct(end, ',') ? (comma + 1, end) : (comma, comma);
    }

    private const int MaxNameWords = 4;

    /// <summary>
    /// Where a name the mention stage does not know ends: two to four capitalised words, none naming a state or an
    /// organisation ("Radoslaw Sikorski"); <paramref name="k"/> when there is none.
    /// </summary>
    private static int UnknownNameEnd(Document doc, int k, int limit)
    {
        var j = k;
        while (j < limit && j - k < MaxNameWords && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized && doc.MentionAt[j] < 0) j++;
        return j - k >= 2 ? j : k;
    }
}
