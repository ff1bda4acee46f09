using System.Globalization;
using System.Text;

namespace ClaimsGraph.Extraction.Evaluation;

/// <summary>
/// A C# port of shared/eval/score_quotes.py with the same matching rules: gold content pieces trimmed of
/// quote marks and edge punctuation; system quotes matched one to one by Dice ≥ 0.5, best first; a gold
/// attribution is found when any piece matches; the speaker is right when the mention overlaps the gold
/// source span or the speaker name's last word occurs in the source text. Prints the same figures.
/// </summary>
public static class QuoteScorer
{
    private const string Trim = " \t\r\n\u201c\u201d\"\u2018\u2019',.;:";

    public static QuoteScore Score(IEnumerable<GoldArticle> gold, IReadOnlyDictionary<string, List<SystemQuote>> system, bool indirect)
    {
        var t = new QuoteScore();
        foreach (var g in gold)
        {
            t.Articles++;
            var golds = g.Attributions.Where(a => a.Direct != indirect).ToList();
            var quotes = system.TryGetValue(g.Id, out var list) ? list.Where(q => q.IsIndirect == indirect).ToList() : [];
            t.System += quotes.Count;
            t.Gold += golds.Count;
            var pieces = new List<(int Attribution, int Start, int End)>();
            for (var i = 0; i < golds.Count; i++)
            {
                foreach (var (s0, e0) in golds[i].Content.Spans)
                {
                    var (s, e) = TrimSpan(g.Text, s0, e0);
                    if (e > s) pieces.Add((i, s, e));
                }
            }
            var pairs = new List<(double Dice, int Q, int P)>();
            for (var qi = 0; qi < quotes.Count; qi++)
                for (var pi = 0; pi < pieces.Count; pi++)
                    pairs.Add((Dice(quotes[qi].Start, quotes[qi].End, pieces[pi].Start, pieces[pi].End), qi, pi));
            // Python sorts the tuples in reverse: dice, then quote index, then piece index, all descending.
            pairs.Sort((a, b) => b.CompareTo(a));
            var usedQ = new HashSet<int>();
            var usedP = new HashSet<int>();
            var first = new Dictionary<int, int>();
            var order = new List<int>();
            foreach (var (d, qi, pi) in pairs)
            {
                if (d < 0.5) break;
                if (usedQ.Contains(qi) || usedP.Contains(pi)) continue;
                usedQ.Add(qi);
                usedP.Add(pi);
                if (first.TryAdd(pieces[pi].Attribution, qi)) order.Add(pieces[pi].Attribution);
            }
            t.SystemMatched += usedQ.Count;
            foreach (var gi in order)
            {
                var a = golds[gi];
                var ok = SpeakerOk(a, quotes[first[gi]]);
                t.Found++;
                if (a.Source is not null)
                {
                    t.WithSource++;
                    if (ok) t.SourceCorrect++;
                }
                if (ok) t.EndToEnd++;
            }
        }
        return t;
    }

    public static (int Start, int End) TrimSpan(string text, int s, int e)
    {
        while (s < e && Trim.Contains(text[s])) s++;
        while (e > s && Trim.Contains(text[e - 1])) e--;
        return (s, e);
    }

    public static double Dice(int aStart, int aEnd, int bStart, int bEnd)
    {
        var overlap = Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
        var total = (aEnd - aStart) + (bEnd - bStart);
        return total != 0 ? 2.0 * overlap / total : 0.0;
    }

    private static bool SpeakerOk(GoldAttribution a, SystemQuote q)
    {
        if (a.Source is null) return string.IsNullOrEmpty(q.SpeakerName);
        if (q.Mention is { } m && a.Source.Spans.Any(s => Math.Min(m.End, s.End) > Math.Max(m.Start, s.Start))) return true;
        var words = (q.SpeakerName ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && a.Source.Text.ToLowerInvariant().Contains(words[^1].ToLowerInvariant(), StringComparison.Ordinal);
    }
}

/// <summary>The counts the scorer keeps and the figures it prints.</summary>
public sealed class QuoteScore
{
    public int Articles { get; set; }
    public int Gold { get; set; }
    public int System { get; set; }
    public int SystemMatched { get; set; }
    public int Found { get; set; }
    public int WithSource { get; set; }
    public int SourceCorrect { get; set; }
    public int EndToEnd { get; set; }

    public double Precision => System > 0 ? (double)SystemMatched / System : 0;
    public double Recall => Gold > 0 ? (double)Found / Gold : 0;
    public double F1 => Harmonic(Precision, Recall);
    public double AttributionAccuracy => WithSource > 0 ? (double)SourceCorrect / WithSource : 0;
    public double EndToEndPrecision => System > 0 ? (double)EndToEnd / System : 0;
    public double EndToEndRecall => Gold > 0 ? (double)EndToEnd / Gold : 0;
    public double EndToEndF1 => Harmonic(EndToEndPrecision, EndToEndRecall);

    private static string Fixed(double v, int digits) => v.ToString("F" + Math.Clamp(digits, 1, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static double Harmonic(double p, double r) => p + r > 0 ? 2 * p * r / (p + r) : 0;

    /// <summary>The report exactly as score_quotes.py prints it (with <paramref name="digits"/> = 3), or with more decimals to see small moves.</summary>
    public string Report(int digits = 3)
    {
        string F(double v) => Fixed(v, digits);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"articles {Articles}  gold {Gold}  system {System}\n");
        sb.Append(CultureInfo.InvariantCulture, $"quotes        P {F(Precision)}  R {F(Recall)}  F1 {F(F1)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"attribution   accuracy {F(AttributionAccuracy)} on {WithSource} matched quotes with a gold source\n");
        sb.Append(CultureInfo.InvariantCulture, $"end-to-end    P {F(EndToEndPrecision)}  R {F(EndToEndRecall)}  F1 {F(EndToEndF1)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"e2e_f1={F(EndToEndF1)} quote_f1={F(F1)}\n");
        return sb.ToString();
    }

    /// <summary>One line of figures for a part of the gold (a publisher): quote F1, attribution accuracy, end-to-end F1.</summary>
    public string Row(string name, int digits = 3)
    {
        string F(double v) => Fixed(v, digits);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-14} articles {Articles,4}  gold {Gold,5}  quote F1 {F(F1)}  attribution {F(AttributionAccuracy)}  e2e F1 {F(EndToEndF1)}\n");
    }
}
