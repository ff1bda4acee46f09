using System.Text;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Ingestion;

/// <summary>
/// The one way an article enters the graph, for the API and the CLI alike: validate, reduce HTML to
/// text (SmartReader), extract, build the article's graph, and upsert it in one transaction.
/// </summary>
public sealed class ArticleIngestor(IClaimsStore store, IArticleExtractor extractor, IngestionOptions options, TimeProvider clock)
{
    /// <summary>Validates and extracts without writing: the graph the article would contribute.</summary>
    public ArticleGraph Prepare(ArticleInput input)
    {
        var page = ToText(input);
        var text = page.Text;
        // What the caller says wins over what the page declares (SmartReader's title and publication time).
        var publishedAt = input.PublishedAt ?? page.PublishedAt;
        var article = new Article(
            Id: NodeIds.Article(input.Url, text),
            Url: Blank(input.Url),
            Title: Blank(input.Title) ?? page.Title ?? FirstLine(text),
            Source: Blank(input.Source),
            PublishedAt: publishedAt,
            IngestedAt: clock.GetUtcNow(),
            WordCount: WordCounter.Count(text),
            ContentHash: NodeIds.Sha256Hex(text),
            Text: text);
        return ArticleGraphBuilder.Build(article, extractor.Extract(text, publishedAt));
    }

    /// <summary>
    /// Validates and names the article without extracting: its id and content hash. Bulk ingest compares the
    /// hash with the stored one (<see cref="IClaimsStore.GetContentHashAsync"/>) to skip unchanged articles cheaply.
    /// </summary>
    public (string ArticleId, string ContentHash) Identify(ArticleInput input)
    {
        var text = ToText(input).Text;
        return (NodeIds.Article(input.Url, text), NodeIds.Sha256Hex(text));
    }

    public async Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var graph = Prepare(input);
        var result = await store.UpsertArticleAsync(graph, cancellationToken);
        return new IngestOutcome(graph, result);
    }

    /// <summary>The article's text: as given, or the main text SmartReader finds in the HTML (see <see cref="ReadableHtml"/>).</summary>
    private ReadablePage ToText(ArticleInput input)
    {
        var hasText = !string.IsNullOrWhiteSpace(input.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(input.Html);
        if (hasText && hasHtml)
            throw new ArticleRejectedException("BAD_USER_INPUT", "Give the article as text or as html, not both.");
        if (!hasText && !hasHtml)
            throw new ArticleRejectedException("BAD_USER_INPUT", "The article is empty: give its text or html.");

        var raw = hasText ? input.Text! : input.Html!;
        var bytes = Encoding.UTF8.GetByteCount(raw);
        if (bytes > options.MaxArticleBytes)
            throw new ArticleRejectedException("ARTICLE_TOO_LARGE",
                $"The article is {bytes:N0} bytes; the limit (Ingestion:MaxArticleBytes) is {options.MaxArticleBytes:N0}.");
        if (LooksBinary(raw))
            throw new ArticleRejectedException("BAD_USER_INPUT", "The article is not text: it holds NUL or other control characters.");

        var page = hasText ? new ReadablePage(raw, null, null, null, false) : ReadableHtml.Read(raw, input.Url);
        if (string.IsNullOrWhiteSpace(page.Text))
            throw new ArticleRejectedException("BAD_USER_INPUT", "The article's html holds no text.");
        return page;
    }

    /// <summary>Control characters other than tab, CR, LF and form feed mean a binary upload, not an article.</summary>
    private static bool LooksBinary(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' && c is not '\t' and not '\r' and not '\n' and not '\f') return true;
            if (c == '\uFFFE' || c == '\uFFFF') return true;
        }
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        var first = (end < 0 ? line : line[..end]).Trim().ToString();
        return first.Length is > 0 and <= 300 ? first : null;
    }

}

public sealed record IngestOutcome(ArticleGraph Graph, UpsertResult Result);
