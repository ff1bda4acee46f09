using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// The source after "according to" as news writes it when it is long: "According to early results of exit polls
/// conducted by Edison Research for the Associated Press, CLAUSE", "According to a Reuters/Ipsos poll, CLAUSE",
/// "CLAUSE, according to a January study by the Pew Research Center based on census data." The phrase runs to
/// the comma, dash or bracket that closes it, or to the sentence end; inner slashes, hyphens, abbreviation dots
/// and quotation marks ("her “clawback” plan") stay inside.
/// </summary>
public static class AccordingSource
{
    private const int MaxTokens = 40;

    /// <summary>The token that ends the source starting at <paramref name="f"/>, <paramref name="limit"/> at the sentence end, or -1 beyond the cap.</summary>
    public static int End(Document doc, int f, int limit)
    {
        for (var e = f; e < limit; e++)
        {
            if (e - f >= MaxTokens) return -1;
            var t = doc.Tokens[e];
            if (t.Kind != TokenKind.Punct) continue;
            if (doc.IsPunct(e, ',') || doc.IsPunct(e, ';') || doc.IsPunct(e, ':') || doc.IsPunct(e, '(') || doc.IsPunct(e, ')') || IsDash(doc, e)) return e;
            if ((doc.IsPunct(e, '.') || doc.IsPunct(e, '?') || doc.IsPunct(e, '!')) && OnlyMarksAfter(doc, e, limit)) return e;
        }
        return limit;
    }

    /// <summary>A dash between words: "—", "–", or a hyphen standing apart (" - ").</summary>
    public static bool IsDash(Document doc, int k) =>
        doc.IsPunct(k, '—') || doc.IsPunct(k, '–') || doc.IsPunct(k, '-') && !doc.Tokens[k].Is(TokenFlags.Glued);

    /// <summary>Whether only punctuation and quotation marks follow <paramref name="k"/> in the sentence.</summary>
    public static bool OnlyMarksAfter(Document doc, int k, int limit)
    {
        for (var j = k + 1; j < limit; j++)
        {
            if (doc.Tokens[j].Kind is TokenKind.Word or TokenKind.Number) return false;
        }
        return true;
    }
}
