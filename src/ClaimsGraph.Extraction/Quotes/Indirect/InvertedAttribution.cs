using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The new pier “will flood every spring,” said Ana Ortiz, a harbor engineer at the port.": a verb of saying right after
/// a comma, followed by a name and that name's comma, is the attribution of the words before it. The name with its
/// appositive is the speaker, never what was said; when the words before carry quotation marks the quote stage reports
/// them, and nothing after the cue is a report of its own.
/// </summary>
public static class InvertedAttribution
{
    // A speaker's name is short: "Ana Ortiz", "Mary Ann de la Cruz", "J. R. Smith".
    private const int MaxNameTokens = 5;

    /// <summary>Whether the report of cue <paramref name="cue"/>, starting right after it, is the "…, said NAME, …" speaker.</summary>
    public static bool IsSpeakerAfterComma(Document doc, Sentence s, int cue, int contentFirst)
    {
        if (contentFirst != cue + 1 || cue - 1 < s.FirstToken || !doc.IsPunct(cue - 1, ',') || !SpeechCues.IsVerbOfSaying(doc.Word(cue))) return false;
        for (var k = contentFirst; k < s.EndToken && k <= contentFirst + MaxNameTokens; k++)
        {
            if (doc.IsPunct(k, ',')) return k > contentFirst;
            if (doc.Tokens[k].Kind != TokenKind.Word || !doc.Tokens[k].IsCapitalized) return false;
        }
        return false;
    }
}
