using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "''I don't think the plan will pass,'' Ms. Ortiz said.": feeds that write quotation marks as two apostrophes, read
/// as plain text (the tokenizer's NYT option off), still quote: a cue inside such a quotation is the quoted speaker's
/// own wording ("I think", "they say"), part of what the quotation reports and no report of its own, as a cue between
/// real quotation marks is not (<see cref="Document.InQuote"/>). Inside means after an odd number of '' in the
/// paragraph (a quotation running on over paragraphs opens each of them again).
/// </summary>
public static class ApostropheQuotation
{
    // A paragraph longer than this is read from here: the scan per cue stays bounded.
    private const int MaxChars = 4000;

    /// <summary>Whether the character at <paramref name="at"/> lies inside a quotation opened by '' in its paragraph.</summary>
    public static bool Inside(Document doc, int at)
    {
        var text = doc.Text.AsSpan();
        var from = Math.Max(0, at - MaxChars);
        var line = text[from..at].LastIndexOf('\n');
        var before = text[(line < 0 ? from : from + line + 1)..at];
        var marks = 0;
        for (var i = before.IndexOf("''"); i >= 0; )
        {
            marks++;
            var next = before[(i + 2)..].IndexOf("''");
            i = next < 0 ? -1 : i + 2 + next;
        }
        return marks % 2 == 1;
    }
}
