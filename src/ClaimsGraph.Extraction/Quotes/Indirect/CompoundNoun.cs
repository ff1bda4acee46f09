using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "a radio talk show host", "the Sunday morning shows", "his TV show", "the award show has been televised": after a
/// word naming a kind of broadcast, "show" is the head of a compound noun, never the verb of a finding ("the poll
/// shows …", "footage from the game shows that …").
/// </summary>
public static class CompoundNoun
{
    private static readonly WordSet ShowForms = new(["show", "shows"]);

    private static readonly WordSet BroadcastKinds = new(
    [
        "radio", "tv", "television", "talk", "morning", "news", "award", "awards", "cable", "hourlong", "reality", "cooking",
        "network", "daytime", "variety", "comedy", "late-night", "game-show",
    ]);

    /// <summary>Whether the cue word at <paramref name="cue"/> heads a compound noun with the word before it.</summary>
    public static bool IsHead(Document doc, Sentence s, int cue) =>
        cue - 1 >= s.FirstToken && ShowForms.Contains(doc.Word(cue)) && doc.Tokens[cue - 1].Kind == TokenKind.Word && BroadcastKinds.Contains(doc.Word(cue - 1))
        && (!doc.Tokens[cue - 1].IsCapitalized || doc.WordIs(cue - 1, "TV")); // "ABC News shows …" is the network's finding
}
