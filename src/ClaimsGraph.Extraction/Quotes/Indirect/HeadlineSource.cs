using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Norland “steadily weakening” smuggling gangs: minister", "Harbour tours will lift the town: Lindqvist": wire headlines credit their words
/// to a source of one to three words after a closing colon. Only the text's first paragraph, ending in a word (no full stop), is
/// read as a headline.
/// </summary>
public static class HeadlineSource
{
    private const int MaxSourceWords = 3;

    /// <summary>The colon and the source after it when sentence <paramref name="s"/> is such a headline; else (-1, 0, 0).</summary>
    public static (int Colon, int First, int End) After(Document doc, Sentence s)
    {
        var tokens = doc.Tokens;
        var end = s.EndToken;
        if (s.Paragraph != 0 || end <= s.FirstToken || end < tokens.Count && !tokens[end].Is(TokenFlags.ParagraphStart)) return (-1, 0, 0);
        var k = end - 1;
        while (k > s.FirstToken && end - k <= MaxSourceWords && tokens[k].Kind == TokenKind.Word && !doc.InQuote[k]) k--;
        if (k == end - 1 || k <= s.FirstToken || !doc.IsPunct(k, ':') || !SourcePhrase.LooksLikeSource(doc, k + 1, end)) return (-1, 0, 0);
        return (k, k + 1, end);
    }
}
