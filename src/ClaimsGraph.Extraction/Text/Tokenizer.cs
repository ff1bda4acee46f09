namespace ClaimsGraph.Extraction.Text;

/// <summary>
/// One linear pass over the text: words (with internal dots of "U.S." and apostrophes of "don’t"),
/// numbers, punctuation and quotation marks (double ones, or single ones in an article quoting the British way), each
/// with its original offsets. Boilerplate lines are
/// skipped whole. The possessive "’s" is split off so "Kishida’s" yields the name "Kishida".
/// </summary>
public static class Tokenizer
{
    /// <param name="doubleApostropheQuotes">Whether <c>''</c> is a quotation mark (NYT style; see <see cref="Pipeline.ExtractionOptions"/>).</param>
    /// <param name="singleQuotes">Whether single marks quote and double ones are text (<see cref="QuoteConvention"/>).</param>
    public static List<Token> Tokenize(string text, bool doubleApostropheQuotes = false, bool singleQuotes = false)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var paragraph = true;
        var n = text.Length;
        var hardWrapped = HardWrappedLines.Detect(text);
        // The first line too may be boilerplate.
        i = SkipBoilerplateLine(text, 0);
        while (i < n)
        {
            var c = text[i];
            if (hardWrapped && (c == '\n' && HardWrappedLines.IsWrap(text, i) || c == '\r' && i + 1 < n && text[i + 1] == '\n'))
            {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2029')
            {
                paragraph = true;
                i++;
                if (c != '\r') i = SkipBoilerplateLine(text, i);
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisibleFormat(c))
            {
                i++;
                continue;
            }
            var flags = paragraph ? TokenFlags.ParagraphStart : TokenFlags.None;
            paragraph = false;
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, out var clitic);
                var kind = char.IsAsciiDigit(c) ? TokenKind.Number : TokenKind.Word;
                flags |= Shape(text.AsSpan(start, i - start));
                if (clitic > 0)
                {
                    tokens.Add(new Token(start, clitic, kind, flags | TokenFlags.Glued));
                    start = clitic;
                    flags = TokenFlags.Clitic;
                    kind = TokenKind.Word;
                }
                if (i < n && !char.IsWhiteSpace(text[i])) flags |= TokenFlags.Glued;
                tokens.Add(new Token(start, i, kind, flags));
                continue;
            }
            i++;
            bool isQuote;
            if (singleQuotes)
            {
                // British style: ‘ ’ and ' are the quotation marks, told from apostrophes by position.
                if (c == '\u2018' || c == '\'' && QuoteConvention.OpensSingleQuote(text, start)) flags |= TokenFlags.Opening;
                else if (c is '\u2019' or '\'' && QuoteConvention.ClosesSingleQuote(text, start)) flags |= TokenFlags.Closing;
                isQuote = (flags & (TokenFlags.Opening | TokenFlags.Closing)) != 0;
            }
            else
            {
                isQuote = c is '\u201C' or '\u201D' or '"' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F';
                // NYT style: one undirected mark of two characters, paired like the straight '"'.
                if (doubleApostropheQuotes && c == '\'' && i < n && text[i] == '\'')
                {
                    i++;
                    isQuote = true;
                }
                if (c is '\u201C' or '\u201E' or '\u00AB' or '\u201F') flags |= TokenFlags.Opening;
                else if (c is '\u201D' or '\u00BB') flags |= TokenFlags.Closing;
            }
            if (i < n && !char.IsWhiteSpace(text[i])) flags |= TokenFlags.Glued;
            tokens.Add(new Token(start, i, isQuote ? TokenKind.Quote : TokenKind.Punct, flags));
        }
        return tokens;
    }

    /// <summary>
    /// Zero-width spaces and joiners, bidirectional marks and embeddings, the BOM: invisible characters pasted with social-media
    /// posts ("\u202A”Sorry Sarah, …” posted X") that would otherwise stand as punctuation between a paragraph start and its mark.
    /// </summary>
    private static bool IsInvisibleFormat(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2060' and <= '\u2064' or '\uFEFF';

    private static int SkipBoilerplateLine(string text, int i)
    {
        while (true)
        {
            var end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            // Long lines are prose; only short lines are checked, which keeps this cheap.
            if (end - i > 400 && !text.AsSpan(i, Math.Min(400, end - i)).TrimStart().StartsWith("Denial of", StringComparison.OrdinalIgnoreCase)) return i;
            if (!Boilerplate.IsBoilerplateLine(text.AsSpan(i, end - i))) return i;
            if (end >= text.Length) return text.Length;
            i = end + 1;
        }
    }

    /// <summary>Scans a word from <paramref name="i"/>; returns its end and where a split-off "’s" starts (0 if none).</summary>
    private static int ScanWord(string text, int i, out int clitic)
    {
        clitic = 0;
        var n = text.Length;
        var start = i;
        var dotted = false;
        i++;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            var next = i + 1 < n ? text[i + 1] : '\0';
            if (c is '\'' or '\u2019' && char.IsLetter(next))
            {
                // "Kishida’s", "it’s": split the clitic off; "don’t", "O’Brien": keep whole.
                var afterS = i + 2 < n ? text[i + 2] : '\0';
                if (next is 's' or 'S' && !char.IsLetterOrDigit(afterS))
                {
                    clitic = i;
                    return i + 2;
                }
                i += 2;
                continue;
            }
            if (c == '.' && char.IsLetter(next) && i - start <= 2 && char.IsUpper(text[start]))
            {
                // "U.S", "D.C": single letters joined by dots.
                dotted = true;
                i += 2;
                continue;
            }
            if (c == '.' && dotted)
            {
                i++; // the final dot of "U.S."
                return i;
            }
            if (c is '.' or ',' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(next))
            {
                i += 2;
                continue;
            }
            break;
        }
        return i;
    }

    private static TokenFlags Shape(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return TokenFlags.None;
        var flags = TokenFlags.Capitalized;
        if (word.Length < 2) return flags;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return flags;
        }
        return flags | TokenFlags.AllCaps;
    }
}
