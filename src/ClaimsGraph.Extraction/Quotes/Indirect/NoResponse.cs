using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The campaign did not respond to a request for comment", "Ortiz has not yet replied to questions about …": a source's
/// silence before a request or question, which news reports as its (non-)answer. "respond to" and "reply to" are verbs
/// of saying with their content after "to" (<see cref="IndirectCues.PrepositionVerbs"/>), but only negated: "responded
/// to the attack by …", "responding to pressure" report an act, not words, far more often than not.
/// </summary>
public static class NoResponse
{
    private static readonly WordSet Verbs = new(["respond", "responds", "responded", "responding", "reply", "replies", "replied", "replying"]);

    // Adverbs between the negation and the verb: "did not immediately respond", "has not yet replied".
    private static readonly WordSet Adverbs = new(["immediately", "yet", "publicly", "directly", "formally", "specifically"]);

    /// <summary>Whether the word at <paramref name="v"/> is "respond to" or "reply to" with no negation before it: no report ("responded that …" reports).</summary>
    public static bool IsUnnegatedResponse(Document doc, Sentence s, int v)
    {
        if (!Verbs.Contains(doc.Word(v)) || v + 1 >= s.EndToken || !doc.WordIs(v + 1, "to")) return false;
        var k = v - 1;
        while (k >= s.FirstToken && v - k <= 2 && Adverbs.Contains(doc.Word(k))) k--;
        if (k < s.FirstToken) return true;
        var w = doc.Word(k);
        return !(w is "not" or "never" || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal));
    }
}
