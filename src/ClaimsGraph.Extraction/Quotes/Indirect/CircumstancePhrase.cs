using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "spoke for about 30 minutes", "spoke on condition of anonymity", "spoke on behalf of X": a preposition after a
/// verb of speaking that opens how long or on what terms someone spoke, not what was said.
/// </summary>
public static class CircumstancePhrase
{
    private const int MaxDurationWords = 4;

    private static readonly WordSet TimeUnits = new(
    [
        "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "decade", "decades", "while",
    ]);

    // "about", "more than", "nearly", "an", "half": words of a quantity before its unit.
    private static readonly WordSet QuantityWords = new(
    [
        "a", "an", "about", "more", "than", "less", "nearly", "almost", "over", "under", "roughly", "just", "some", "half",
        "several", "few", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
        "forty", "fifty", "sixty", "another", "little", "long", "around", "at", "least", "most",
    ]);

    /// <summary>Whether the preposition at <paramref name="k"/> opens a duration or the terms of speaking.</summary>
    public static bool StartsAt(Document doc, int k, int limit)
    {
        if (k + 1 >= limit) return false;
        if (doc.WordIs(k, "on"))
            return doc.WordIs(k + 1, "condition") || doc.WordIs(k + 1, "behalf") || doc.WordIs(k + 1, "background")
                   || doc.WordIs(k + 1, "the") && k + 2 < limit && doc.WordIs(k + 2, "condition");
        if (!doc.WordIs(k, "for")) return false;
        for (var j = k + 1; j < limit && j <= k + MaxDurationWords; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Word && TimeUnits.Contains(doc.Word(j))) return j > k + 1 || doc.WordIs(j, "while");
            if (!(t.Kind == TokenKind.Number || t.Kind == TokenKind.Word && QuantityWords.Contains(doc.Word(j)))) return false;
        }
        return false;
    }
}
