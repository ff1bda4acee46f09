using System.Globalization;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Events;

/// <summary>
/// Reads a date expression at a token ("on Friday", "next week", "January 1", "by March 2025", "in 2015",
/// "yesterday") and resolves it against the article's publication date when one is known. The resolved
/// date is ISO 8601, as precise as the words allow ("2025-03", "2024-01-01"); null when it cannot be.
/// </summary>
public static class DateExpression
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] ShortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly WordSet Leads = new(["on", "by", "in", "since", "from", "until", "before", "after", "last", "next", "this", "coming", "early", "late", "mid"]);

    public readonly record struct Found(int First, int End, string? Date, string Text);

    /// <summary>The date expression starting at token <paramref name="i"/>, if any.</summary>
    public static Found? At(Document doc, int i, int limit, DateTimeOffset? publishedAt, bool future = false)
    {
        var first = i;
        var k = i;
        string? lead = null;
        if (k < limit && doc.Tokens[k].Kind == TokenKind.Word && Leads.Contains(doc.Word(k)))
        {
            lead = doc.Word(k).ToString().ToLowerInvariant();
            k++;
        }
        if (k >= limit) return null;
        var w = doc.Word(k);
        var pub = publishedAt?.UtcDateTime.Date;
        var weekday = IndexOf(Weekdays, w);
        if (weekday >= 0 && doc.Tokens[k].IsCapitalized)
        {
            string? date = null;
            if (pub is { } p)
            {
                var delta = weekday - (int)p.DayOfWeek;
                if (lead is "next" or "coming") { if (delta <= 0) delta += 7; }
                else if (lead is "last") { if (delta >= 0) delta -= 7; }
                else if (future) { if (delta <= 0) delta += 7; } // "hosts Kishida … on Wednesday" in a sentence about what will happen
                else if (delta > 0) delta -= 7;
                date = p.AddDays(delta).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            return new Found(first, k + 1, date, doc.TextOf(first, k + 1));
        }
        if (w.Equals("week", StringComparison.OrdinalIgnoreCase) || w.Equals("month", StringComparison.OrdinalIgnoreCase) || w.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            if (lead is not ("next" or "last" or "this" or "coming")) return null;
            string? date = null;
            if (pub is { } p)
            {
                var sign = lead == "last" ? -1 : lead == "this" ? 0 : 1;
                date = char.ToLowerInvariant(w[0]) switch
                {
                    'w' => p.AddDays(7 * sign).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    'm' => p.AddMonths(sign).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => p.AddYears(sign).ToString("yyyy", CultureInfo.InvariantCulture),
                };
            }
            return new Found(first, k + 1, date, doc.TextOf(first, k + 1));
        }
        var month = IndexOf(Months, w);
        if (month < 0 && doc.IsPunct(k + 1, '.')) month = IndexOf(ShortMonths, w);
        if (month >= 0 && doc.Tokens[k].IsCapitalized && !(month == 4 && lead is null))
        {
            var end = k + 1;
            if (doc.IsPunct(end, '.')) end++;
            int? day = null, year = null;
            if (end < limit && doc.Tokens[end].Kind == TokenKind.Number && int.TryParse(doc.Word(end), out var d) && d is >= 1 and <= 31) { day = d; end++; }
            if (end < limit && doc.IsPunct(end, ',') && end + 1 < limit && IsYear(doc, end + 1, out var y0)) { year = y0; end += 2; }
            else if (end < limit && IsYear(doc, end, out var y1)) { year = y1; end++; }
            if (year is null && pub is { } p)
            {
                year = p.Year;
                // A month after publication is last year's, unless the sentence speaks of what will happen ("will meet in November").
                if (month + 1 > p.Month + 1 && lead is not ("by" or "until" or "next") && !future) year--;
            }
            string? date = year is null ? null : day is null
                ? $"{year:D4}-{month + 1:D2}"
                : $"{year:D4}-{month + 1:D2}-{day:D2}";
            return new Found(first, end, date, doc.TextOf(first, end));
        }
        if (lead is "in" or "by" && IsYear(doc, k, out var yearOnly))
            return new Found(first, k + 1, yearOnly.ToString("D4", CultureInfo.InvariantCulture), doc.TextOf(first, k + 1));
        if (lead is null && pub is { } today)
        {
            var offset = w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : w.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0 : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : int.MinValue;
            if (offset != int.MinValue) return new Found(k, k + 1, today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), doc.TextOf(k, k + 1));
        }
        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase)) return new Found(k, k + 1, null, doc.TextOf(k, k + 1));
        return null;
    }

    private static bool IsYear(Document doc, int k, out int year)
    {
        year = 0;
        return k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Number && doc.Tokens[k].Length == 4
               && int.TryParse(doc.Word(k), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2200;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> w)
    {
        for (var i = 0; i < words.Length; i++) if (w.Equals(words[i], StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
