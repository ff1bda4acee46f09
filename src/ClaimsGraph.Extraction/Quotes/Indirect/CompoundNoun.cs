using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Cue words that are nouns where they stand. "a radio talk show host", "the Sunday morning shows", "his TV show": after a
/// word naming a kind of broadcast, "show" is the head of a compound noun, never the verb of a finding ("the poll
/// shows …", "footage from the game shows that …"). "did not unveil plans to …", "they made plans to …", "making calls
/// two nights a week": right after a verb that takes a noun object, "plans", "calls", "claims", "notes" are that object,
/// no verb of saying or intending ("Trump plans to …", "Sanders claims …"). "the think tank Third Way": "think" before
/// "tank" modifies it.
/// </summary>
public static class CompoundNoun
{
    private static readonly WordSet ShowForms = new(["show", "shows"]);

    private static readonly WordSet BroadcastKinds = new(
    [
        "radio", "tv", "television", "talk", "morning", "news", "award", "awards", "cable", "hourlong", "reality", "cooking",
        "network", "daytime", "variety", "comedy", "late-night", "game-show",
    ]);

    private static readonly WordSet NounForms = new(
        ["plans", "claims", "hopes", "fears", "promises", "calls", "reports", "notes", "offers", "pledges", "vows", "warnings", "charges"]);

    // Verbs whose object such a noun is: "made plans", "unveiled plans", "released notes", "voiced fears".
    private static readonly WordSet ObjectVerbs = new(
    [
        "make", "makes", "made", "making", "unveil", "unveils", "unveiled", "unveiling", "outline", "outlined", "release",
        "released", "detail", "detailed", "voice", "voiced", "express", "expressed", "raise", "raised", "share", "shared",
    ]);

    /// <summary>Whether the cue word at <paramref name="cue"/> is a noun: the head of a compound or the object of the verb before it.</summary>
    public static bool IsNoun(Document doc, Sentence s, int cue) => IsHead(doc, s, cue) || IsObject(doc, s, cue) || IsModifier(doc, s, cue);

    private static readonly WordSet TankForms = new(["tank", "tanks"]);

    /// <summary>"a founder of the think tank Third Way, said …": "think" before "tank" is the first word of a compound noun.</summary>
    private static bool IsModifier(Document doc, Sentence s, int cue) =>
        cue + 1 < s.EndToken && doc.WordIs(cue, "think") && TankForms.Contains(doc.Word(cue + 1));

    private static bool IsObject(Document doc, Sentence s, int cue) =>
        cue - 1 >= s.FirstToken && NounForms.Contains(doc.Word(cue)) && ObjectVerbs.Contains(doc.Word(cue - 1));

    /// <summary>Whether the cue word at <paramref name="cue"/> heads a compound noun with the word before it.</summary>
    private static bool IsHead(Document doc, Sentence s, int cue) =>
        cue - 1 >= s.FirstToken && ShowForms.Contains(doc.Word(cue)) && doc.Tokens[cue - 1].Kind == TokenKind.Word && BroadcastKinds.Contains(doc.Word(cue - 1))
        && (!doc.Tokens[cue - 1].IsCapitalized || doc.WordIs(cue - 1, "TV")); // "ABC News shows …" is the network's finding
}
