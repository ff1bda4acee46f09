using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Hostile;

/// <summary>Quotes, backticks, Cypher and SQL fragments and script tags go in as data and come back verbatim; HTML is reduced to text.</summary>
public sealed class InjectionTests(InjectionTests.Factory factory) : IClassFixture<InjectionTests.Factory>
{
    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });

    public static TheoryData<string> Payloads() => new()
    {
        "Robert'); DROP TABLE articles;--",
        "x' OR '1'='1",
        "`})-[:SAID]->(n) DETACH DELETE n //",
        "}) MATCH (n) DETACH DELETE n RETURN 1 //",
        "\"; DROP TABLE quotes; --",
        "<script>alert('x')</script>",
        "$param {a: 1} \\u0000 \\\" ' ` ; -- /* */",
        "articles MATCH ? UNION SELECT * FROM sqlite_master --",
    };

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Hostile_text_title_and_quote_come_back_verbatim(string payload)
    {
        var store = factory.Services.GetRequiredService<IClaimsStore>();
        var text = $"Mayor Anna Berg said, \"{payload}\" on Tuesday. {Guid.NewGuid():N}";
        var title = "Title " + payload;
        var ingest = (await _client.PostAsync(
            "mutation($a: IngestArticleInput!) { ingestArticles(input: {articles: [$a]}) { results { outcome articleId } } }",
            new { a = new { text, title, source = payload, url = "https://example.org/a?q=" + Uri.EscapeDataString(payload) + Guid.NewGuid().ToString("N") } },
            ApiFactory.ApiKey)).Ok();
        var result = ingest["ingestArticles"]!["results"]![0]!;
        Assert.Equal("CREATED", result["outcome"]!.GetValue<string>());

        var article = (await _client.PostAsync("query($id: ID!) { article(id: $id) { title source text } }",
            new { id = result["articleId"]!.GetValue<string>() })).Ok()["article"]!;
        Assert.Equal(title, article["title"]!.GetValue<string>());
        Assert.Equal(payload, article["source"]!.GetValue<string>());
        Assert.Equal(text, article["text"]!.GetValue<string>());

        // The stored rows are intact: the article is findable by its hostile title and the store still answers.
        var found = (await _client.PostAsync("query($t: String!) { articles(where: {title: $t}, first: 5) { totalCount } }",
            new { t = payload })).Ok();
        Assert.True(found["articles"]!["totalCount"]!.GetValue<int>() >= 1);
        Assert.True((await store.GetStatsAsync()).Articles >= 1);
    }

    [Fact]
    public async Task A_hostile_quote_is_stored_as_the_words_said()
    {
        const string said = "We'll `MATCH (n) DETACH DELETE n` and '; DROP TABLE quotes; -- before <b>noon</b>";
        var text = $"Prime Minister Erik Holm said, \"{said}.\" {Guid.NewGuid():N}";
        var data = (await _client.PostAsync("mutation($t: String!) { ingestArticle(input: {text: $t}) { quotes { text } } }",
            new { t = text }, ApiFactory.ApiKey)).Ok();
        Assert.Contains(data["ingestArticle"]!["quotes"]!.AsArray(), q => q!["text"]!.GetValue<string>().Contains("DETACH DELETE n` and '; DROP TABLE quotes; --"));
    }

    [Fact]
    public async Task Article_html_is_reduced_to_text_without_markup_or_script()
    {
        var marker = Guid.NewGuid().ToString("N");
        var html = $$"""
            <html><head><title>T</title><script>window.stolen = document.cookie;</script><style>p { color: red }</style></head>
            <body><article><h1>Budget vote {{marker}}</h1><p onclick="evil()">The senator said, "It passes today," after the vote &amp; applause.</p>
            <iframe src="https://evil.example.com"></iframe><img src=x onerror=alert(1)></article></body></html>
            """;
        var data = (await _client.PostAsync("mutation($h: String!) { ingestArticle(input: {html: $h}) { article { text } } }",
            new { h = html }, ApiFactory.ApiKey)).Ok();
        var text = data["ingestArticle"]!["article"]!["text"]!.GetValue<string>();

        Assert.Contains("It passes today", text);
        Assert.Contains("vote & applause", text);
        foreach (var markup in new[] { "<", ">", "script", "document.cookie", "onclick", "onerror", "iframe", "color: red" })
            Assert.DoesNotContain(markup, text);
    }
}
