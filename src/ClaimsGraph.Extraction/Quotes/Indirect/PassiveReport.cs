using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The purchase price was not disclosed", "Her ban was first reported by BuzzFeed", "His remarks were echoed by several
/// senators on Sunday": a passive report whose subject is what was reported; the "by" agent is the source, else nobody named.
/// Only when nothing reported follows the participle (no object, "to", "that", "as": those are other cues' business).
/// </summary>
public static class PassiveReport
{
    /// <summary>Participles of reporting and of taking a stand whose passive subject is the thing reported or judged.</summary>
    private static readonly WordSet Participles = new(
    [
        "reported", "announced", "mentioned", "echoed", "confirmed", "disclosed", "revealed", "claimed", "denied", "rejected",
        "dismissed", "criticized", "criticised", "condemned", "praised", "applauded", "welcomed", "endorsed", "supported",
        "opposed", "debated", "questioned", "ignored", "derided", "mocked", "booed", "requested", "approved", "disputed",
    ]);

    private static readonly WordSet BeForms = new(["is", "was", "are", "were", "be", "been", "being"]);

    // What may follow the participle: its agent, or an adverbial of time, place or manner.
    private static readonly WordSet Followers = new(
    [
        "by", "in", "on", "at", "last", "this", "earlier", "later", "after", "during", "yesterday", "today", "publicly",
        "widely", "repeatedly", "again", "too", "immediately", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday",
    ]);

    private const int MaxAdverbs = 2;

    /// <summary>
    /// For a participle at <paramref name="v"/>: the be-form before it (after at most two adverbs or "not"), or -1 when
    /// <paramref name="v"/> is no such passive report.
    /// </summary>
    public static int BeForm(Document doc, Sentence s, int v)
    {
        if (!Participles.Contains(doc.Word(v)) || doc.Tokens[v].IsCapitalized) return -1;
        var b = v - 1;
        while (b >= s.FirstToken && v - 1 - b < MaxAdverbs && doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized
               && (doc.WordIs(b, "not") || doc.Word(b).Length > 3 && doc.Word(b).EndsWith("ly", StringComparison.Ordinal) || doc.WordIs(b, "first") || doc.WordIs(b, "also"))) b--;
        if (b <= s.FirstToken || !BeForms.Contains(doc.Word(b)) || doc.Tokens[b].IsCapitalized) return -1;
        var next = v + 1;
        if (next >= s.EndToken) return b;
        var t = doc.Tokens[next];
        if (t.Kind == TokenKind.Punct) return doc.IsPunct(next, '.') || doc.IsPunct(next, ',') || doc.IsPunct(next, ';') ? b : -1;
        return t.Kind == TokenKind.Word && Followers.Contains(doc.Word(next)) ? b : -1;
    }

    /// <summary>The agent phrase after "by" right after the participle, or an empty range.</summary>
    public static (int First, int End) Agent(Document doc, Sentence s, int v) =>
        v + 1 < s.EndToken && doc.WordIs(v + 1, "by") ? SourcePhrase.After(doc, v + 1, s.EndToken) : (v + 1, v + 1);
}
