using System.Net;
using System.Text.RegularExpressions;

namespace ClaimsGraph.Extraction.Text;

/// <summary>Turns an HTML page into the article's plain text, one paragraph a line-pair.</summary>
public static partial class HtmlText
{
    public static string ToText(string html)
    {
        var withoutScripts = ScriptOrStyle().Replace(html, " ");
        var withBreaks = BlockEnd().Replace(withoutScripts, "\n\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(withBreaks, " "));
        return BlankLines().Replace(string.Join('\n', text.Split('\n').Select(l => l.Trim())), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote|article|section)\s*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
