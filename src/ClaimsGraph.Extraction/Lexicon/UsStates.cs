using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// Names of US states, which the mention recognizer (countries only) does not know: "in Columbus, Ohio, said" and a
/// capitalised "Hampshire" next to a cue are places, never a speaker.
/// </summary>
public static class UsStates
{
    private static readonly WordSet OneWord = new(
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "Wisconsin", "Wyoming",
    ], ignoreCase: false);

    /// <summary>Second words of two-word states ("New Hampshire", "North Carolina").</summary>
    private static readonly WordSet TwoWordHeads = new(["Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Island", "Virginia"], ignoreCase: false);

    private static readonly WordSet TwoWordFirsts = new(["New", "North", "South", "Rhode", "West"], ignoreCase: false);

    /// <summary>The first token of a US state name ending right before <paramref name="end"/>, or -1.</summary>
    public static int NameEndingAt(Document doc, int end)
    {
        var last = end - 1;
        if (last < 0 || doc.Tokens[last].Kind != TokenKind.Word || !doc.Tokens[last].IsCapitalized) return -1;
        var w = doc.Word(last);
        if (last >= 1 && TwoWordHeads.Contains(w) && TwoWordFirsts.Contains(doc.Word(last - 1))) return last - 1;
        return OneWord.Contains(w) ? last : -1;
    }

    /// <summary>Whether tokens [first, end) are a state's name or its second word alone ("Hampshire" of "New Hampshire").</summary>
    public static bool Names(Document doc, int first, int end) =>
        NameEndingAt(doc, end) is var start && start >= 0 && start <= first
        || end - first == 1 && TwoWordHeads.Contains(doc.Word(first)) && !doc.WordIs(first, "Mexico");
}
