using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "endorsed the mayor in early June", "proposed the levy in 2013", "mocked the plan on Twitter": a date or a medium after a
/// reported object says when or where it was said, no part of what was said.
/// </summary>
public static class DateAdverbial
{
    private static readonly WordSet Months = new(
        ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"], ignoreCase: false);

    private static readonly WordSet Media = new(["Twitter", "Facebook", "Instagram"], ignoreCase: false);

    /// <summary>
    /// Whether "in [early|late|mid] MONTH", "in YEAR" or "on Twitter" starts at <paramref name="j"/> ("in May" left out: a
    /// modal too often) and closes the clause: punctuation or the sentence end follows; not "his claim in November that …",
    /// "found it hard in 2012 to …", "the levy in March after …", where the object goes on.
    /// </summary>
    public static bool StartsAt(Document doc, int j, int limit)
    {
        if (j + 1 >= limit || doc.Tokens[j].IsCapitalized) return false;
        var k = j + 1;
        if (doc.WordIs(j, "on"))
        {
            if (!Media.Contains(doc.Word(k))) return false;
        }
        else
        {
            if (!doc.WordIs(j, "in")) return false;
            if ((doc.WordIs(k, "early") || doc.WordIs(k, "late") || doc.WordIs(k, "mid")) && k + 1 < limit) k++;
            if (!Months.Contains(doc.Word(k)) && !(doc.Tokens[k].Kind == TokenKind.Number && IsYear(doc.Word(k)))) return false;
        }
        return ClosesClause(doc, k + 1, limit);
    }

    /// <summary>Punctuation other than a dash or a parenthesis, or the sentence end, at <paramref name="k"/>.</summary>
    private static bool ClosesClause(Document doc, int k, int limit) =>
        k >= limit || doc.Tokens[k].Kind == TokenKind.Punct && !doc.IsPunct(k, '-') && !doc.IsPunct(k, '(');

    private static bool IsYear(ReadOnlySpan<char> w) =>
        w.Length == 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && char.IsDigit(w[2]) && char.IsDigit(w[3]);
}
