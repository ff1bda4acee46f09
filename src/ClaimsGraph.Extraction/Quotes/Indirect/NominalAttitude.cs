using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Attitudes written as nouns whose object is the content: "his attacks on Clinton", "Clinton's criticism of the deal",
/// "their calls for a recount", and "criticism from rivals that …". The holder is required (a possessive before the
/// noun or "from X" after it): without one these nouns name events far more often than anybody's view.
/// Each noun was kept only where its train reports were right more often than F1/2 (round 23).
/// </summary>
internal static class NominalAttitude
{
    // noun → the preposition that introduces its object
    private static readonly Dictionary<string, string> ObjectPreposition = new(StringComparer.OrdinalIgnoreCase)
    {
        ["attacks"] = "on", ["criticism"] = "of", ["calls"] = "for", ["embrace"] = "of",
        ["promise"] = "to", ["rejection"] = "of",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByNoun = ObjectPreposition.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns whose holder may follow as "from X": "criticism from rivals that …", "criticism from Democrats of …".</summary>
    private static readonly WordSet HolderAfterFrom = new(["criticism"]);

    /// <summary>Whether <paramref name="noun"/> is an attitude noun and the word at <paramref name="k"/> its object's preposition.</summary>
    public static bool TakesObjectAt(Document doc, ReadOnlySpan<char> noun, int k) =>
        ByNoun.TryGetValue(noun, out var p) && doc.WordIs(k, p);

    public static bool IsNoun(ReadOnlySpan<char> noun) => ByNoun.ContainsKey(noun);

    public static bool HolderMayFollow(ReadOnlySpan<char> noun) => HolderAfterFrom.Contains(noun);

    private static readonly WordSet Auxiliaries = new(
        ["is", "isn't", "isn’t", "was", "wasn't", "wasn’t", "are", "aren't", "aren’t", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "remains", "seems"]);

    private static readonly WordSet RelativeWords = new(["that", "who", "which", "whose", "whom", "where", "when"]);

    /// <summary>
    /// The end of the object from <paramref name="start"/> to <paramref name="end"/> when the noun phrase is a subject: before
    /// the first finite auxiliary, "His support for scrapping the rule isn't shared …", "Her attacks on him are …"; a
    /// relative word first means the auxiliary is the relative clause's own ("a bill that was passed").
    /// </summary>
    public static int BeforePredicate(Document doc, int start, int end)
    {
        for (var j = start + 1; j < end; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) continue;
            if (RelativeWords.Contains(doc.Word(j))) return end;
            if (Auxiliaries.Contains(doc.Word(j)) && doc.Tokens[j - 1].Kind == TokenKind.Word) return j;
        }
        return end;
    }

    /// <summary>
    /// The end of the holder after "from" at <paramref name="from"/>: words up to "that", the noun's preposition, a
    /// relative pronoun or punctuation, at most six words; -1 when there is none.
    /// </summary>
    public static int HolderEnd(Document doc, ReadOnlySpan<char> noun, int from, int limit)
    {
        var e = from + 1;
        while (e < limit && e - from <= 6 && doc.Tokens[e].Kind == TokenKind.Word && !doc.WordIs(e, "that") && !doc.WordIs(e, "who")
               && !doc.WordIs(e, "which") && !TakesObjectAt(doc, noun, e)) e++;
        return e > from + 1 && e - from <= 6 ? e : -1;
    }
}
