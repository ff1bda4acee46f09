using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks into quoted pieces in one pass: curly marks by direction, straight marks by
/// alternation, never across a paragraph unless the next paragraph opens with a mark (the convention for a
/// quote that runs over several paragraphs). Stray marks are dropped, so any input stays linear.
/// </summary>
public static class QuoteMarkPairer
{
    public static List<QuotePiece> Pair(Document doc)
    {
        var tokens = doc.Tokens;
        var pieces = new List<QuotePiece>();
        var open = -1;
        var paragraph = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Is(TokenFlags.ParagraphStart))
            {
                if (open >= 0)
                {
                    // Unclosed at the paragraph's end: a continued quote when this paragraph opens with a mark.
                    if (t.Kind == TokenKind.Quote && !t.Is(TokenFlags.Closing) && i - open > 1 || LacksClosingMark(doc, open, i)) AddUnclosed(doc, pieces, open, i);
                    open = -1;
                }
                paragraph++;
            }
            if (t.Kind != TokenKind.Quote) continue;
            if (open < 0)
            {
                if (!t.Is(TokenFlags.Closing) || ActsAsOpening(doc, i)) open = i;
                continue;
            }
            if (t.Is(TokenFlags.Opening) && !ActsAsClosing(doc, i))
            {
                open = i; // two opening marks: the first was stray
                continue;
            }
            if (i - open > 1) Add(doc, pieces, open, i, i);
            open = -1;
        }
        if (open >= 0 && LacksClosingMark(doc, open, tokens.Count)) AddUnclosed(doc, pieces, open, tokens.Count);
        _ = paragraph;
        return pieces;
    }

    /// <summary>
    /// A closing mark typed where an opening one belongs (”Mr. Trump …): at a paragraph start, or after a space and glued to a word;
    /// a paragraph cannot open by closing a quote, so there a space may follow ("” … if the governor can visit, …”"), nor can
    /// a quote close right after "says,".
    /// </summary>
    private static bool ActsAsOpening(Document doc, int i)
    {
        var t = doc.Tokens[i];
        if (i + 1 >= doc.Tokens.Count || doc.Tokens[i + 1].Is(TokenFlags.ParagraphStart)) return false;
        var next = doc.Tokens[i + 1];
        // "He says,” there are …”": right after a verb of saying and its comma or colon, with no quote open, a quote begins.
        // Both only when the paragraph's next mark closes too (the writer typed ” for both); else the mark is a stray.
        if ((t.Is(TokenFlags.ParagraphStart) && (next.Kind is TokenKind.Word or TokenKind.Number || doc.IsPunct(i + 1, '\u2026'))
             || i >= 2 && (doc.IsPunct(i - 1, ',') || doc.IsPunct(i - 1, ':')) && SourcePhrase.IsCue(doc, i - 2) && next.Kind is TokenKind.Word or TokenKind.Number)
            && doc.CharAt(i) == '\u201D' && NextMarkCloses(doc, i)) return true;
        if (!t.Is(TokenFlags.Glued) || next.Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        return t.Is(TokenFlags.ParagraphStart) || i > 0 && doc.Tokens[i - 1].End < t.Start;
    }

    /// <summary>
    /// "Mr Lind said: “We need a plan." and the paragraph ends: a quote a verb of saying and its colon or comma introduce
    /// (or the verb alone: "He added “We need a plan."), or a quote opening the paragraph, running as whole sentences to the
    /// paragraph's end with no closing mark (and no quote opening the next paragraph), lost only its closing mark. A quote
    /// opening a paragraph is closed at the next one's start only when that paragraph closes no quote of its own: digests
    /// close their pull quotes after a name line ("“…" and, on the line below, "Dean Baker, Economic Policy Institute.”").
    /// </summary>
    private static bool LacksClosingMark(Document doc, int open, int end)
    {
        if (end - open < 4 || doc.Tokens[open].Is(TokenFlags.Closing)) return false;
        if (!(doc.Tokens[end - 1].Kind == TokenKind.Punct && doc.CharAt(end - 1) is '.' or '?' or '!')) return false;
        if (doc.Tokens[open].Is(TokenFlags.ParagraphStart)) return doc.Tokens[open + 1].Kind is TokenKind.Word or TokenKind.Number && !FirstMarkCloses(doc, end);
        if (open >= 2 && (doc.IsPunct(open - 1, ':') || doc.IsPunct(open - 1, ','))) return SourcePhrase.IsCue(doc, open - 2);
        return open >= 1 && doc.Tokens[open - 1].Kind == TokenKind.Word && SourcePhrase.IsCue(doc, open - 1);
    }

    /// <summary>
    /// The paragraph starting at <paramref name="start"/> holds a quotation mark and its first one closes: a curly closing mark,
    /// or a straight one glued to the word or stop before it.
    /// </summary>
    private static bool FirstMarkCloses(Document doc, int start)
    {
        for (var k = start; k < doc.Tokens.Count && (k == start || !doc.Tokens[k].Is(TokenFlags.ParagraphStart)); k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Quote) continue;
            if (t.Is(TokenFlags.Closing)) return true;
            return !t.Is(TokenFlags.Opening) && k > start && doc.Tokens[k - 1].End == t.Start;
        }
        return false;
    }

    /// <summary>The next quotation mark after <paramref name="i"/> in its paragraph is a curly closing one.</summary>
    private static bool NextMarkCloses(Document doc, int i)
    {
        for (var k = i + 1; k < doc.Tokens.Count && !doc.Tokens[k].Is(TokenFlags.ParagraphStart); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return doc.Tokens[k].Is(TokenFlags.Closing) && doc.CharAt(k) == '\u201D';
        }
        return false;
    }

    /// <summary>An opening mark typed where a closing one belongs (“It's unusual,“ said …): glued to the word or comma before it and followed by a space.</summary>
    private static bool ActsAsClosing(Document doc, int i)
    {
        var t = doc.Tokens[i];
        return i > 0 && !t.Is(TokenFlags.ParagraphStart) && doc.Tokens[i - 1].End == t.Start && !t.Is(TokenFlags.Glued)
               && doc.Tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punct;
    }

    /// <summary>
    /// A quote unclosed at its paragraph's end, or, when an attribution follows a comma inside it ("“See you all next
    /// spring, Mayor Lund tweeted after the race …", "“… which forms to keep, said Berg, whose …"), one that lost its closing
    /// mark at that comma: it ends there, and the comma stands where the mark was, so the attribution after it is read.
    /// </summary>
    private static void AddUnclosed(Document doc, List<QuotePiece> pieces, int open, int end)
    {
        var comma = CommaBeforeAttribution(doc, open, end);
        if (comma >= 0) Add(doc, pieces, open, comma, comma);
        else Add(doc, pieces, open, -1, end);
    }

    private const int MaxNameWords = 3;

    /// <summary>The first comma in (<paramref name="open"/>, <paramref name="end"/>) followed by "said X" or by a name of up to three capitalised words and a cue; else -1.</summary>
    private static int CommaBeforeAttribution(Document doc, int open, int end)
    {
        var tokens = doc.Tokens;
        for (var k = open + 2; k + 2 < end; k++)
        {
            if (!doc.IsPunct(k, ',')) continue;
            if (SourcePhrase.IsCue(doc, k + 1) && tokens[k + 2].Kind == TokenKind.Word && tokens[k + 2].IsCapitalized) return k;
            if (doc.WordIs(k + 1, "I")) continue; // "… but the main point, I think, is …" is the speaker's own aside
            var n = 0;
            while (n < MaxNameWords && k + 1 + n < end && tokens[k + 1 + n].Kind == TokenKind.Word && tokens[k + 1 + n].IsCapitalized) n++;
            if (n > 0 && k + 1 + n < end && SourcePhrase.IsCue(doc, k + 1 + n)) return k;
        }
        return -1;
    }

    private static void Add(Document doc, List<QuotePiece> pieces, int open, int close, int end)
    {
        var first = open + 1;
        var tokens = doc.Tokens;
        var contentStart = tokens[open].End;
        var contentEnd = close >= 0 ? tokens[close].Start : tokens[end - 1].End;
        // The content span is the words between the marks, without surrounding white space.
        while (contentStart < contentEnd && char.IsWhiteSpace(doc.Text[contentStart])) contentStart++;
        while (contentEnd > contentStart && char.IsWhiteSpace(doc.Text[contentEnd - 1])) contentEnd--;
        if (contentEnd <= contentStart) return;
        for (var k = first; k < end; k++) doc.InQuote[k] = true;
        pieces.Add(new QuotePiece(open, close, first, end, contentStart, contentEnd));
    }
}
