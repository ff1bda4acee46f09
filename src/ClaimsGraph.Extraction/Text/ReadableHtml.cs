using SmartReader;

namespace ClaimsGraph.Extraction.Text;

/// <summary>What a web page holds as an article: its main text and whatever metadata the page declares.</summary>
public sealed record ReadablePage(string Text, string? Title, string? Byline, DateTimeOffset? PublishedAt, bool FromReadability);

/// <summary>
/// HTML → article text through SmartReader (a port of Mozilla's Readability): navigation, footers, ads and
/// share bars are dropped and only the main body is kept. When SmartReader finds no article, returns too
/// little text or throws, the page falls back to <see cref="HtmlText"/> (every tag stripped). The text
/// returned is the article's stored text: extraction offsets index it, not the HTML.
/// No network I/O: the page is parsed from the string given (the URI is only a base for relative links),
/// and images are never fetched (GetImagesAsync / ConvertImagesToDataUriAsync are not called).
/// </summary>
public static class ReadableHtml
{
    // SmartReader needs an absolute URI to resolve relative links; it is never requested.
    private const string PlaceholderUri = "https://article.invalid/";

    // Below this many characters the Readability result is more likely a teaser or a caption than the article.
    private const int MinArticleChars = 80;

    public static ReadablePage Read(string html, string? url = null)
    {
        try
        {
            var reader = new Reader(AbsoluteOr(url), html)
            {
                Debug = false,
                Logging = ReportLevel.Issue,
                ContinueIfNotReadable = true,
            };
            var article = reader.GetArticle();
            var text = Normalize(article.TextContent);
            if (article.IsReadable && text.Length >= MinArticleChars)
            {
                return new ReadablePage(text, Blank(article.Title), Blank(article.Byline ?? article.Author),
                    article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null, true);
            }
            return Fallback(html, Blank(article.Title));
        }
        catch (Exception)
        {
            // SmartReader (and AngleSharp under it) are third-party parsers: any failure on hostile HTML
            // degrades to the plain tag stripper rather than rejecting the article.
            return Fallback(html, null);
        }
    }

    private static ReadablePage Fallback(string html, string? title) => new(HtmlText.ToText(html), title, null, null, false);

    private static string AbsoluteOr(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? u.ToString() : PlaceholderUri;

    /// <summary>One paragraph a block separated by a blank line, lines trimmed, runs of blank lines collapsed.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var paragraphs = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0) paragraphs.Add(line);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
