using System.Reflection;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Ingestion;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>HTML input through SmartReader: only the article body reaches extraction.</summary>
public class ReadableHtmlTests
{
    // A hand-written news page: navigation, a promo sidebar with its own quote, an ad, a footer.
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Harbor deal signed | The Coastal Ledger</title>
          <meta property="og:title" content="Harbor deal signed">
          <meta property="article:published_time" content="2024-04-10T08:30:00Z">
          <meta name="author" content="Jane Porter">
          <script>var tracker = "“Buy now,” said the script.";</script>
        </head><body>
          <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <aside class="sidebar promo">
            <p>“Subscribe today and save 50 percent,” said Kevin Marsh, our marketing director.</p>
          </aside>
          <div class="ad-banner advertisement">Sponsored: Visit Norway this summer.</div>
          <article class="post-content">
            <h1>Harbor deal signed</h1>
            <p class="byline">By Jane Porter</p>
            <p>Mayor Elena Ruiz signed the harbor agreement with the port authority on Tuesday, ending two years of negotiations over the future of the old docks and the jobs that depend on them.</p>
            <p>“This harbor will create five hundred jobs for our city,” Mayor Elena Ruiz said at the ceremony, standing beside dock workers who had campaigned for the deal since the closure.</p>
            <p>The port authority said the first cranes would arrive in the autumn, and that dredging of the main channel would begin before the end of the year if the weather allowed it.</p>
            <p>Critics on the city council argued that the agreement gives the authority too much control over public land, and they promised to review the contract at the next session.</p>
          </article>
          <footer><p>© 2024 The Coastal Ledger. All rights reserved.</p><p>“Best local paper,” said Readers Weekly.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Readability_keeps_the_article_body_and_drops_navigation_sidebar_ads_and_footer()
    {
        var page = ReadableHtml.Read(Page);

        Assert.True(page.FromReadability);
        Assert.Contains("This harbor will create five hundred jobs", page.Text);
        Assert.Contains("Critics on the city council argued", page.Text);
        Assert.DoesNotContain("Subscribe today", page.Text);
        Assert.DoesNotContain("Visit Norway", page.Text);
        Assert.DoesNotContain("Best local paper", page.Text);
        Assert.DoesNotContain("Sport", page.Text);
        Assert.DoesNotContain("tracker", page.Text);
        Assert.Equal("Harbor deal signed", page.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 8, 30, 0, TimeSpan.Zero), page.PublishedAt);
    }

    [Fact]
    public void Ingesting_html_extracts_only_the_body_quotes_with_offsets_into_the_stored_text()
    {
        var ingestor = new ArticleIngestor(UntouchedStore.Create(), new ExtractionPipeline(), new IngestionOptions(), TimeProvider.System);

        var graph = ingestor.Prepare(new ArticleInput(null, Html: Page));

        var text = graph.Article.Text;
        Assert.Equal("Harbor deal signed", graph.Article.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 8, 30, 0, TimeSpan.Zero), graph.Article.PublishedAt);
        Assert.DoesNotContain("<", text);
        var quote = Assert.Single(graph.Quotes, q => q.Text.Contains("five hundred jobs"));
        var report = Assert.Single(graph.Reports, r => r.QuoteId == quote.Id);
        Assert.Equal(quote.Text, text[report.Span.Start..report.Span.End]);
        Assert.Equal("person:elena-ruiz", quote.SpeakerId);
        Assert.DoesNotContain(graph.Quotes, q => q.Text.Contains("Subscribe") || q.Text.Contains("Best local paper") || q.Text.Contains("Buy now"));
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Marsh") || e.Name.Contains("Norway"));
        Assert.Contains(graph.Entities, e => e.Name == "Elena Ruiz");
    }

    [Fact]
    public void Caller_title_and_date_win_over_the_page_metadata()
    {
        var ingestor = new ArticleIngestor(UntouchedStore.Create(), new ExtractionPipeline(), new IngestionOptions(), TimeProvider.System);
        var when = new DateTimeOffset(2024, 4, 11, 0, 0, 0, TimeSpan.Zero);

        var graph = ingestor.Prepare(new ArticleInput(null, Html: Page, Title: "Given title", PublishedAt: when));

        Assert.Equal("Given title", graph.Article.Title);
        Assert.Equal(when, graph.Article.PublishedAt);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>and <div>nested</p></span></table> text “with a quote,” he said")]
    [InlineData("<<<>>><p></p></p></p><script>never closed")]
    [InlineData("<div><div><div><div><div><div><div><div><div><div>deep</div>")]
    [InlineData("<!-- only a comment")]
    [InlineData("<p>\u202Eright-to-left \uD83D\uDE00 emoji &amp &#xZZZ; &unknown; entities</p>")]
    public void Malformed_html_never_throws(string html)
    {
        var page = ReadableHtml.Read(html);
        Assert.NotNull(page.Text);
        Assert.DoesNotContain("<p>", page.Text);
    }

    [Fact]
    public void A_page_with_no_article_falls_back_to_the_tag_stripper()
    {
        var page = ReadableHtml.Read("<html><body><ul><li>Short</li><li>menu</li></ul></body></html>");
        Assert.False(page.FromReadability);
        Assert.Contains("Short", page.Text);
    }

    /// <summary>Prepare never writes: any call on this store fails the test.</summary>
    public class UntouchedStore : DispatchProxy
    {
        public static IClaimsStore Create() => Create<IClaimsStore, UntouchedStore>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"Prepare must not touch the store ({targetMethod?.Name}).");
    }
}
