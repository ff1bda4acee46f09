using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "“We will win,” she told a crowd in Dayton, Ohio.": "told" in the tail of a quotation reports the quotation; what
/// follows its addressee is where and when it was told, not a second, bare clause. Only a "that" clause ("told
/// reporters that …") or a participle after a comma ("told the crowd, adding …") can still be reported there.
/// </summary>
public static class TellAfterQuote
{
    // The speaker between the quotation and "told": a pronoun, a name, a short description ("one factory worker").
    private const int MaxSpeakerTokens = 6;

    private static readonly WordSet TellForms = new(["told", "tells", "tell"], ignoreCase: true);

    /// <summary>"told", "tells", "tell": a verb whose object is the hearer, never the speaker.</summary>
    public static bool IsTellForm(Document doc, int v) => TellForms.Contains(doc.Word(v));

    /// <summary>Whether cue <paramref name="v"/> is "told" right after a quotation and its clause at <paramref name="start"/> is bare.</summary>
    public static bool IsTail(Document doc, int v, int start) =>
        TellForms.Contains(doc.Word(v)) && !doc.WordIs(start, "that") && !ParticipleAfterComma(doc, start) && FollowsQuotation(doc, v);

    /// <summary>
    /// Whether verb <paramref name="v"/> stands in a quotation's tail, "“…,” she told", "“…?” the mayor asked": a closing
    /// mark after a comma, question or exclamation mark, then a speaker of at most six tokens, then the verb.
    /// </summary>
    public static bool FollowsQuotation(Document doc, int v)
    {
        for (var k = v - 1; k >= 0 && k >= v - 1 - MaxSpeakerTokens; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote) return !t.Is(TokenFlags.Opening) && ClauseMarkBefore(doc, k - 1);
            // '' written for a closing mark (NYT style, when not read as a quotation mark): two apostrophes.
            if (doc.IsPunct(k, '\'') && k > 0 && doc.IsPunct(k - 1, '\'')) return ClauseMarkBefore(doc, k - 2);
            // A speaker in a new paragraph, or past a clause mark, is no quotation's tail; "Sarandon, 69," keeps an age.
            if (t.Is(TokenFlags.ParagraphStart)) return false;
            if (t.Kind == TokenKind.Punct && !doc.IsPunct(k, '.') && !(doc.IsPunct(k, ',') && NumberBeside(doc, k))) return false;
        }
        return false;
    }

    /// <summary>"told the crowd, adding …": a second predicate of the speaker, read under its own rules.</summary>
    public static bool ParticipleAfterComma(Document doc, int start) =>
        start > 0 && doc.IsPunct(start - 1, ',') && doc.Tokens[start].Kind == TokenKind.Word && !doc.Tokens[start].IsCapitalized
        && doc.Word(start).EndsWith("ing", StringComparison.Ordinal);

    private static bool ClauseMarkBefore(Document doc, int k) =>
        k >= 0 && (doc.IsPunct(k, ',') || doc.IsPunct(k, '?') || doc.IsPunct(k, '!'));

    private static bool NumberBeside(Document doc, int k) =>
        k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Number || k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Kind == TokenKind.Number;
}
