using System.Text;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Turns user text into an FTS5 MATCH expression that can only mean "all these words": every token
/// becomes a double-quoted string (inner quotes doubled), so FTS5 operators, column filters and
/// parentheses in the input are just characters. The expression is passed as a parameter, never spliced.
/// </summary>
internal static class FtsQuery
{
    private const int MaxTokens = 32;

    /// <summary>The MATCH expression, or null when the text holds no word to look for.</summary>
    /// <param name="prefixLast">Let the last word match as a prefix (search-as-you-type).</param>
    public static string? Build(string? text, bool prefixLast = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Take(MaxTokens)
            .ToList();
        if (tokens.Count == 0) return null;
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append('"').Append(tokens[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefixLast && i == tokens.Count - 1) sb.Append('*');
        }
        return sb.ToString();
    }
}
