using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Cue verbs whose object shows a sense that reports nothing: "maintains a wide lead" (keeps; "maintains that …" and
/// "maintains he is innocent" report), "found himself in a bind", "found a way to …" (came to be, managed; "found that …"
/// and "the poll found support for …" report), "declined 40 percent", "has declined slightly from 58 percent" (fell;
/// "declined to comment" and "declined an interview request" report).
/// </summary>
public static class ObjectSense
{
    private static readonly WordSet Maintain = new(["maintain", "maintains", "maintained", "maintaining"]);
    private static readonly WordSet Find = new(["find", "finds", "found", "finding"]);
    private static readonly WordSet Decline = new(["decline", "declines", "declined", "declining"]);

    // A determiner or possessive opens a noun phrase: what is kept, not a clause's subject ("maintained they were not marked").
    private static readonly WordSet NounPhraseOpeners = new(
        ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "such"]);

    private static readonly WordSet Reflexives = new(
        ["himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves", "oneself"]);

    /// <summary>Whether cue <paramref name="cue"/> with its content from <paramref name="contentFirst"/> is no report by its object.</summary>
    public static bool ReportsNothing(Document doc, Sentence s, int cue, int contentFirst)
    {
        if (contentFirst != cue + 1 || contentFirst >= s.EndToken) return false;
        var verb = doc.Word(cue);
        if (Maintain.Contains(verb)) return NounPhraseOpeners.Contains(doc.Word(contentFirst));
        if (Decline.Contains(verb)) return Fell(doc, s, contentFirst);
        if (!Find.Contains(verb)) return false;
        if (Reflexives.Contains(doc.Word(contentFirst))) return true;
        return doc.WordIs(contentFirst, "a") && contentFirst + 1 < s.EndToken && doc.WordIs(contentFirst + 1, "way");
    }

    /// <summary>A number, "by …", "from …" or a degree adverb not before "to" after "declined": an amount fell.</summary>
    private static bool Fell(Document doc, Sentence s, int k)
    {
        if (doc.Tokens[k].Kind == TokenKind.Number || doc.WordIs(k, "by") || doc.WordIs(k, "from")) return true;
        return doc.Tokens[k].Kind == TokenKind.Word && doc.Word(k).EndsWith("ly", StringComparison.Ordinal)
            && !(k + 1 < s.EndToken && doc.WordIs(k + 1, "to"));
    }
}
