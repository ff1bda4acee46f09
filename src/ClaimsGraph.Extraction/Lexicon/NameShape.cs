namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// Capitalised words next to a cue that look like no name: "I've", "They’re" (a pronoun's contraction), "Journalism",
/// "Judicial", "Activists", "Russians" (abstract-noun, adjective and group-noun endings no surname has), and the group and quantifier words
/// of <see cref="NotPersonWords"/> ("Americans", "Neither", "Nobody"). Without this each became a Person node.
/// </summary>
public static class NameShape
{
    private static readonly string[] CommonEndings = ["ism", "tion", "sion", "ity", "ical", "cial", "ship", "ology", "ists", "ians"];

    private static readonly WordSet Pronouns = new(["I", "We", "They", "You", "He", "She", "It", "That", "There", "What", "Who", "Here"], ignoreCase: false);

    /// <summary>Capitalised words that speak for a group or for nobody in particular, never for a person.</summary>
    public static WordSet NotPersonWords { get; } = new(
    [
        "Americans", "Millennials", "Latinos", "Hispanics", "Muslims", "Christians", "Evangelicals", "Conservatives", "Liberals",
        "Progressives", "Independents", "Voters", "Neither", "None", "Nobody", "Anyone", "Everyone", "Someone", "Everybody",
        "Somebody", "Anybody", "Any", "Almost", "People", "Half", "Multiple", "Plus", "Note", "Name", "Contributing", "Revealed",
        "Having", "Holding", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twenty", "Thirty", "Forty", "Fifty", "Sixty",
        "Seventy", "Eighty", "Ninety", "Hundreds", "Thousands", "Millions", "Exit", "Super", "Social", "Black", "White", "Caller",
        "Newspaper", "Business", "Labor", "Defense", "Treasury", "Commerce", "Justice", "Convention", "District", "Priorities", "Intelligence",
    ], ignoreCase: false);

    public static bool LooksLikeNoName(ReadOnlySpan<char> word)
    {
        if (NotPersonWords.Contains(word)) return true;
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && Pronouns.Contains(word[..apostrophe])) return true;
        // Surnames end otherwise ("Clement", "Lawrence", "Harkness", "Manning" are why -ment, -ence, -ness and -ing are not here).
        if (word.Length < 7) return false;
        foreach (var ending in CommonEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
