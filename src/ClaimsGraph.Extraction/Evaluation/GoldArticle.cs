using System.Text.Json;

namespace ClaimsGraph.Extraction.Evaluation;

/// <summary>One PolNeAR-format gold article: its text and attributions (source / cue / content spans, direct or not).</summary>
public sealed record GoldArticle(string Id, string Text, DateTimeOffset? Date, IReadOnlyList<GoldAttribution> Attributions)
{
    /// <summary>Who published the article ("nyt", "politico" …), when the gold says.</summary>
    public string? Publisher { get; init; }

    public static GoldArticle Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var attributions = new List<GoldAttribution>();
        if (root.TryGetProperty("attributions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                GoldSpan? source = a.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? ReadSpan(s) : null;
                var content = ReadSpan(a.GetProperty("content"));
                attributions.Add(new GoldAttribution(source, content, a.TryGetProperty("direct", out var d) && d.ValueKind == JsonValueKind.True));
            }
        }
        DateTimeOffset? date = root.TryGetProperty("date", out var dt) && dt.ValueKind == JsonValueKind.String &&
                               DateTimeOffset.TryParse(dt.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        var publisher = root.TryGetProperty("publisher", out var pub) && pub.ValueKind == JsonValueKind.String ? pub.GetString() : null;
        return new GoldArticle(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, date, attributions) { Publisher = publisher };
    }

    private static GoldSpan ReadSpan(JsonElement e)
    {
        var spans = new List<(int, int)>();
        foreach (var pair in e.GetProperty("spans").EnumerateArray()) spans.Add((pair[0].GetInt32(), pair[1].GetInt32()));
        return new GoldSpan(spans, e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "");
    }
}

public sealed record GoldAttribution(GoldSpan? Source, GoldSpan Content, bool Direct)
{
    /// <summary>
    /// PolNeAR flags <c>direct</c> by “ ” and " only; read with NYT-style <c>''…''</c> quotation marks
    /// (<see cref="Pipeline.ExtractionOptions.DoubleApostropheQuotes"/>), content holding <c>''</c> is a direct quote too.
    /// </summary>
    public GoldAttribution WithDoubleApostropheQuotes() => Direct || !Content.Text.Contains("''", StringComparison.Ordinal) ? this : this with { Direct = true };
}

public sealed record GoldSpan(IReadOnlyList<(int Start, int End)> Spans, string Text);
