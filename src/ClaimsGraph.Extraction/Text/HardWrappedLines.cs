namespace ClaimsGraph.Extraction.Text;

/// <summary>
/// Plain-text wire copy is often hard-wrapped: lines broken at ~70 characters inside a paragraph, blank lines between
/// paragraphs ("… a “massive humanitarian catastrophe,” the\nstatement said."). Read as paragraph breaks, those line
/// breaks cut sentences and part a quote from its cue, so in such a text a single line break is a space.
/// </summary>
public static class HardWrappedLines
{
    /// <summary>Fewer single line breaks than this say nothing about a text's layout (a poem, an address block).</summary>
    private const int MinSingleBreaks = 8;

    /// <summary>
    /// Whether the text is hard-wrapped: it has at least <see cref="MinSingleBreaks"/> single line breaks, and at least
    /// four in five of them end a line of wrapping width (30-100 characters) in the middle of a sentence, where a writer
    /// who breaks lines by paragraph never does.
    /// </summary>
    public static bool Detect(string text)
    {
        int singles = 0, midSentence = 0, lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var end = i > 0 && text[i - 1] == '\r' ? i - 1 : i;
            if (IsSingleBreak(text, lineStart, i))
            {
                singles++;
                var last = end - 1;
                while (last >= lineStart && text[last] == ' ') last--;
                var width = last - lineStart + 1;
                if (width is >= 30 and <= 100 && !EndsSentence(text[last])) midSentence++;
            }
            lineStart = i + 1;
        }
        return singles >= MinSingleBreaks && midSentence * 5 >= singles * 4;
    }

    /// <summary>
    /// Whether the line break at <paramref name="i"/> (a '\n') only wraps a line: the text is hard-wrapped, the line before
    /// it holds text and the next line does too (a blank line still parts paragraphs).
    /// </summary>
    public static bool IsWrap(string text, int i) => IsSingleBreak(text, text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1, i);

    private static bool IsSingleBreak(string text, int lineStart, int i)
    {
        if (!HasText(text, lineStart, i)) return false;
        var nextEnd = text.IndexOf('\n', i + 1);
        return HasText(text, i + 1, nextEnd < 0 ? text.Length : nextEnd);
    }

    private static bool HasText(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!char.IsWhiteSpace(text[k])) return true;
        return false;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or '\'';
}
