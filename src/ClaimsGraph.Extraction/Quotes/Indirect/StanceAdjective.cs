using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The governor is confident that …", "Aides remain hopeful that …", "She was adamant that …", "He made it clear that …",
/// "She made the case that …":
/// an adjective of certainty or expectation after a linking verb reports the clause after "that" as its subject's view,
/// like "believes that". No verb of the lexicon stands there, so the frame is read on its own.
/// </summary>
public static class StanceAdjective
{
    private static readonly WordSet Adjectives = new(
    [
        "confident", "convinced", "hopeful", "aware", "unaware", "adamant", "optimistic", "pessimistic", "skeptical",
        "sceptical", "certain", "insistent", "emphatic", "doubtful", "unconvinced", "mindful", "cognizant",
    ]);

    private static readonly WordSet LinkingVerbs = new(
    [
        "is", "was", "are", "were", "be", "been", "being", "am", "remain", "remains", "remained", "seem", "seems", "seemed",
        "appear", "appears", "appeared", "sounded", "felt", "feel", "feels", "grew", "became", "become", "becomes", "stay", "stays", "stayed",
    ]);

    // "is very confident", "was not entirely convinced", "remains cautiously optimistic"; not "so": "was so confident that he skipped …" is a result.
    private static readonly WordSet Degree = new(["very", "not", "quite", "fairly", "more", "less", "now", "still", "also", "too", "all", "never"]);

    private static readonly WordSet MakeForms = new(["make", "makes", "made"]);

    private const int MaxDegreeWords = 2;

    /// <summary>
    /// For a word at <paramref name="v"/> right before a complement "that": the first token of the frame's verb group
    /// ("is" of "is very confident", "made" of "made it clear"), or -1 when <paramref name="v"/> opens no such frame.
    /// </summary>
    public static int VerbGroupStart(Document doc, Sentence s, int v)
    {
        if (v + 1 >= s.EndToken || !doc.WordIs(v + 1, "that") || doc.Tokens[v].IsCapitalized) return -1;
        if (doc.WordIs(v, "clear"))
        {
            // "made it clear that", "has made clear that".
            var m = doc.WordIs(v - 1, "it") ? v - 2 : v - 1;
            return m >= s.FirstToken && MakeForms.Contains(doc.Word(m)) && !doc.Tokens[m].IsCapitalized ? m : -1;
        }
        // "made the case that", "makes a strong case that": an argument, its maker the subject.
        if (doc.WordIs(v, "case"))
        {
            var d = v - 1;
            if (d > s.FirstToken && !doc.WordIs(d, "the") && !doc.WordIs(d, "a") && doc.Tokens[d].Kind == TokenKind.Word && !doc.Tokens[d].IsCapitalized) d--;
            var m = d - 1;
            return (doc.WordIs(d, "the") || doc.WordIs(d, "a")) && m >= s.FirstToken && MakeForms.Contains(doc.Word(m)) && !doc.Tokens[m].IsCapitalized ? m : -1;
        }
        if (!Adjectives.Contains(doc.Word(v))) return -1;
        var k = v - 1;
        while (k >= s.FirstToken && v - 1 - k < MaxDegreeWords && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized
               && (Degree.Contains(doc.Word(k)) || doc.Word(k).Length > 3 && doc.Word(k).EndsWith("ly", StringComparison.Ordinal))) k--;
        if (k < s.FirstToken || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return -1;
        // "he's confident that": the linking verb is a clitic glued to the subject.
        var linking = LinkingVerbs.Contains(doc.Word(k)) || doc.Tokens[k].Is(TokenFlags.Clitic) && (doc.WordIs(k, "'s") || doc.WordIs(k, "\u2019s"));
        return linking ? k : -1;
    }
}
