using System.Buffers;

namespace ClaimsGraph.Extraction.Text;

/// <summary>
/// Which marks an article quotes with. American and most wire copy uses double marks (“…”, "…") and single ones only
/// for a quote inside a quote; British, Irish, Australian and Indian papers often do the reverse (‘…’, '…'). An
/// article whose single opening marks outnumber all its double marks is read the British way, so its quotes are found
/// at all; the double marks in it are then quotes inside quotes, read as text, as single marks are in the American way.
/// </summary>
public static class QuoteConvention
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\u201C\u201D\"\u00AB\u00BB\u201E\u201F\u2018'");

    /// <summary>Whether <paramref name="text"/> quotes with single marks: at least two single openings, more than its double marks.</summary>
    public static bool UsesSingleMarks(string text)
    {
        var span = text.AsSpan();
        int doubles = 0, singles = 0;
        for (var i = span.IndexOfAny(Marks); i >= 0;)
        {
            var c = span[i];
            if (c == '\'' && i + 1 < span.Length && span[i + 1] == '\'')
            {
                doubles++; // NYT style: '' is a double mark
                i++;
            }
            else if (c is '\u2018' or '\'') { if (OpensSingleQuote(span, i)) singles++; }
            else doubles++;
            var next = span[(i + 1)..].IndexOfAny(Marks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return singles >= 2 && singles > doubles;
    }

    /// <summary>‘ or ' before a word, at a paragraph's start or after a space, bracket or dash: "said: 'We …", not "rock 'n' roll"'s second mark.</summary>
    public static bool OpensSingleQuote(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return false;
        if (text[i] == '\u2018') return true;
        if (char.IsAsciiDigit(text[i + 1])) return false; // '90s
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-';
    }

    /// <summary>
    /// ’ or ' read as a closing single mark rather than an apostrophe: not before a digit ("’90s"), not a plural
    /// possessive ("the voters’ rights": after an s, a space and a lower-case word), not half of NYT's ''.
    /// </summary>
    public static bool ClosesSingleQuote(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || char.IsWhiteSpace(text[i - 1])) return false;
        if (text[i] == '\'' && (i + 1 < text.Length && text[i + 1] == '\'' || text[i - 1] == '\'')) return false;
        if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) return false;
        if (text[i - 1] is 's' or 'S' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2])) return false;
        return true;
    }
}
