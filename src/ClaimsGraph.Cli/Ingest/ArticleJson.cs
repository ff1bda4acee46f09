using System.Globalization;
using System.Text.Json;
using ClaimsGraph.Extraction.Ingestion;

namespace ClaimsGraph.Cli.Ingest;

/// <summary>Reads one article object <c>{text|html, url, title, source, publishedAt}</c> (a .json file or a .jsonl line).</summary>
public static class ArticleJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowTrailingCommas = false };

    public static bool TryParse(string json, out ArticleInput? input, out string error)
    {
        input = null;
        error = "";
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object {text|html, url, title, source, publishedAt}";
                return false;
            }
            var root = document.RootElement;
            string? Field(string name)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
                if (value.ValueKind != JsonValueKind.String) throw new FormatException($"\"{name}\" must be a string");
                return value.GetString();
            }
            DateTimeOffset? published = null;
            if (Field("publishedAt") is { } raw)
            {
                if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    error = $"\"publishedAt\" is not a date: {Shorten(raw)}";
                    return false;
                }
                published = parsed;
            }
            input = new ArticleInput(Field("text"), Field("html"), Field("url"), Field("title"), Field("source"), published);
            return true;
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON ({ex.Message.Split('.')[0]})";
            return false;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
