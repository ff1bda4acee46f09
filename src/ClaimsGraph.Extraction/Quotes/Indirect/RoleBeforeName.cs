using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The talks will resume next month, the UN spokesman, Stephane Dujarric, said.": in a cue after the clause, a role
/// between commas right before the speaker's name ("the UN spokesman", "its chief executive") is part of the attribution,
/// not the end of the reported clause. Only when a comma follows the name too ("…, NAME, said"): in "…, the state's
/// largest prize, Smith said" the phrase before the name may describe the clause's last noun.
/// </summary>
public static class RoleBeforeName
{
    private const int MaxRoleTokens = 7;

    private static readonly WordSet Determiners = new(["the", "a", "an", "its", "his", "her", "their", "our"]);

    /// <summary>The comma opening a role phrase that ends at <paramref name="nameComma"/> (the comma before the name), or -1.</summary>
    public static int Start(Document doc, int sentenceFirst, int nameComma)
    {
        var last = nameComma - 1;
        if (last <= sentenceFirst || doc.Tokens[last].Kind != TokenKind.Word || !Titles.RoleNouns.Contains(doc.Word(last))) return -1;
        for (var k = last - 1; k > sentenceFirst && nameComma - k <= MaxRoleTokens + 1; k--)
        {
            if (!doc.IsPunct(k, ',')) continue;
            var first = k + 1;
            var opens = doc.Tokens[first].Kind == TokenKind.Word && (Determiners.Contains(doc.Word(first)) || IsPossessive(doc, first + 1));
            return opens && SourcePhrase.IsShortNounPhrase(doc, first, nameComma) ? k : -1;
        }
        return -1;
    }

    // "Apple's chief executive": a capitalised word and "'s".
    private static bool IsPossessive(Document doc, int k) =>
        k < doc.Tokens.Count && (doc.WordIs(k, "'s") || doc.WordIs(k, "’s") || doc.Tokens[k - 1].Kind == TokenKind.Word && doc.Word(k - 1).EndsWith("'s", StringComparison.Ordinal));
}
