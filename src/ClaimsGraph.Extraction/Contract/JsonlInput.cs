using System.Globalization;
using System.Text.Json;

namespace ClaimsGraph.Extraction.Contract;

/// <summary>One line of <c>extract --jsonl</c> / <c>bench</c> input: {"id", "text", "publishedAt"?} (other fields ignored; "date" also read).</summary>
public sealed record JsonlInput(string? Id, string Text, DateTimeOffset? PublishedAt)
{
    public static bool TryParse(string line, out JsonlInput input, out string error)
    {
        input = null!;
        error = "";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { error = "the line is not a JSON object"; return false; }
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) { error = "the line has no \"text\" string"; return false; }
            string? id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText() : null;
            DateTimeOffset? published = null;
            foreach (var name in (string[])["publishedAt", "date"])
            {
                if (root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String &&
                    DateTimeOffset.TryParse(p.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    published = parsed;
                    break;
                }
            }
            input = new JsonlInput(id, text.GetString()!, published);
            return true;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message})";
            return false;
        }
    }
}
