using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Queries;

/// <summary>
/// A quote an article gives in two pieces (“Q1,” she said. “Q2.”) is one quote whose pieces are served over
/// HTTP → GraphQL → SQLite, each with the article words it covers; a one-piece quote has its span as its one piece.
/// Written by hand through the store (exact pieces) and through ingestArticle (the real extraction pipeline).
/// </summary>
public sealed class QuotePiecesTests(QuotePiecesTests.Factory factory) : IClassFixture<QuotePiecesTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override bool IngestSamples => false;
    }

    private const string Text =
        "Maria Santos spoke in Manila on Monday. “We will win,” she said. “Nobody can stop us now.” “The vote is on Friday,” she added.";

    private const string Url = "https://news.example/pieces";

    private const string QuoteQuery = """
        query($id: ID!) {
          quote(id: $id) {
            text
            span { start end text }
            pieces { start end text }
            reportedIn { span { text } pieces { start end text } }
          }
        }
        """;

    [Fact]
    public async Task A_quote_given_in_two_pieces_serves_both_pieces_with_their_words()
    {
        var (twoPieces, onePiece) = await StoreArticleAsync();
        var client = factory.CreateGraphQLClient();

        var quote = (await client.PostAsync(QuoteQuery, new { id = twoPieces })).Ok()["quote"]!;

        Assert.Equal("We will win,", (string?)quote["span"]!["text"]);
        Assert.Equal(["We will win,", "Nobody can stop us now."], Texts(quote["pieces"]!));
        var report = Assert.Single(quote["reportedIn"]!.AsArray())!;
        Assert.Equal(["We will win,", "Nobody can stop us now."], Texts(report["pieces"]!));
        var second = quote["pieces"]![1]!;
        Assert.Equal(Text.IndexOf("Nobody", StringComparison.Ordinal), (int)second["start"]!);
        Assert.Equal(Text.IndexOf("now.", StringComparison.Ordinal) + 4, (int)second["end"]!);

        var single = (await client.PostAsync(QuoteQuery, new { id = onePiece })).Ok()["quote"]!;
        Assert.Equal(["The vote is on Friday,"], Texts(single["pieces"]!));
        Assert.Equal(single["span"]!.ToJsonString(), Assert.Single(single["pieces"]!.AsArray())!.ToJsonString());
    }

    [Fact]
    public async Task Pieces_are_listed_in_a_page_of_quotes()
    {
        var (twoPieces, onePiece) = await StoreArticleAsync();
        var client = factory.CreateGraphQLClient();

        var nodes = (await client.PostAsync("""
            query($article: ID!) { quotes(first: 10, where: { article: $article }) { nodes { id pieces { text } } } }
            """, new { article = NodeIds.Article(Url, Text) })).Ok()["quotes"]!["nodes"]!.AsArray();

        var byId = nodes.ToDictionary(n => (string)n!["id"]!, n => Texts(n!["pieces"]!));
        Assert.Equal(["We will win,", "Nobody can stop us now."], byId[twoPieces]);
        Assert.Equal(["The vote is on Friday,"], byId[onePiece]);
    }

    [Fact]
    public async Task An_ingested_article_whose_quote_comes_in_two_pieces_is_served_with_both_pieces()
    {
        const string ingest = """
            mutation($input: IngestArticleInput!) {
              ingestArticle(input: $input) { outcome quotes { id kind span { text } pieces { text } reportedIn { pieces { start end text } } } }
            }
            """;
        const string text = "Philippine President Ferdinand Marcos was in Manila on Monday. “We will win,” he said. “Nobody can stop us now.”\n\n"
            + "The vote is expected on Friday.";
        var client = factory.CreateGraphQLClient();
        var input = new { text, title = "Marcos in Manila", source = "Test Wire", publishedAt = "2024-04-10T08:00:00Z" };

        var first = (await client.PostAsync(ingest, new { input }, ApiFactory.ApiKey)).Ok()["ingestArticle"]!;
        var again = (await client.PostAsync(ingest, new { input }, ApiFactory.ApiKey)).Ok()["ingestArticle"]!;

        Assert.Equal("CREATED", (string?)first["outcome"]);
        Assert.Equal("UNCHANGED", (string?)again["outcome"]);
        foreach (var payload in new[] { first, again })
        {
            var quote = Assert.Single(payload["quotes"]!.AsArray(), q => (string?)q!["kind"] == "DIRECT")!;
            Assert.Equal("We will win,", (string?)quote["span"]!["text"]);
            Assert.Equal(["We will win,", "Nobody can stop us now."], Texts(quote["pieces"]!));
            var pieces = Assert.Single(quote["reportedIn"]!.AsArray())!["pieces"]!.AsArray();
            Assert.Equal(text.IndexOf("Nobody", StringComparison.Ordinal), (int)pieces[1]!["start"]!);
        }
    }

    /// <summary>
    /// Writes the article's graph through the store, as the extraction would give it: the first quote in two pieces,
    /// the second in one. Returns the two quote ids.
    /// </summary>
    private async Task<(string TwoPieces, string OnePiece)> StoreArticleAsync()
    {
        var articleId = NodeIds.Article(Url, Text);
        var speaker = new Person(NodeIds.Person("Maria Santos"), "Maria Santos", [], []);
        TextSpan Of(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), Text.IndexOf(words, StringComparison.Ordinal) + words.Length);

        var wholeText = "We will win, nobody can stop us now.";
        var two = new Quote(NodeIds.Quote(speaker.Id, wholeText), wholeText, QuoteKind.Direct, 0.9, speaker.Id, null);
        var one = new Quote(NodeIds.Quote(speaker.Id, "The vote is on Friday,"), "The vote is on Friday,", QuoteKind.Direct, 0.9, speaker.Id, null);
        var graph = new ArticleGraph(
            new Article(articleId, Url, "Santos in Manila", "Test Wire", new DateTimeOffset(2024, 4, 10, 8, 0, 0, TimeSpan.Zero),
                DateTimeOffset.UnixEpoch, Text.Split(' ').Length, NodeIds.Sha256Hex(Text), Text),
            [speaker],
            [new Mention(articleId, speaker.Id, 1, [Of("Maria Santos")])],
            [two, one],
            [
                new QuoteReport(two.Id, articleId, Of("We will win,"), Of("she said"), Of("she")) { Pieces = [Of("We will win,"), Of("Nobody can stop us now.")] },
                new QuoteReport(one.Id, articleId, Of("The vote is on Friday,"), Of("she added"), null),
            ],
            [], [], []);
        var store = factory.Services.GetRequiredService<IClaimsStore>();
        await store.UpsertArticleAsync(graph);
        return (two.Id, one.Id);
    }

    private static List<string?> Texts(System.Text.Json.Nodes.JsonNode pieces) =>
        pieces.AsArray().Select(p => (string?)p!["text"]).ToList();
}
