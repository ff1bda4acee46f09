using System.Text.Json.Nodes;
using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Operations;

/// <summary>ingestArticles: per-article outcomes, failures reported without stopping the batch, same content UNCHANGED, the batch limit.</summary>
public sealed class IngestArticlesTests(IngestArticlesTests.Factory factory) : IClassFixture<IngestArticlesTests.Factory>
{
    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?>
    {
        ["Ingestion:MaxBatchSize"] = "5",
        ["Ingestion:MaxArticleBytes"] = "4096",
        ["RateLimiting:Enabled"] = "false",
    });

    private const string Mutation = """
        mutation($articles: [IngestArticleInput!]!) {
          ingestArticles(input: {articles: $articles}) {
            created unchanged replaced failed
            results { index outcome articleId quoteCount errorCode error article { id title text } }
          }
        }
        """;

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    private static string Unique(string text) => $"{text} Reference {Guid.NewGuid():N}.";

    [Fact]
    public async Task A_bad_article_is_reported_with_its_reason_and_the_rest_are_stored()
    {
        var good1 = Unique("Senator Maria Lopez said, \"The budget is a disgrace.\" She spoke in Ottawa.");
        var good2 = Unique("Officials said on Monday that talks would resume.");
        object[] articles =
        [
            new { text = good1, title = "First" },
            new { text = "" },
            new { text = new string('x', 5000) },
            new { text = "abc", html = "<p>abc</p>" },
            new { html = "<html><body><p>" + good2 + "</p></body></html>", title = "Second" },
        ];

        var payload = (await _client.PostAsync(Mutation, new { articles }, ApiFactory.ApiKey)).Ok()["ingestArticles"]!;

        Assert.Equal(2, payload["created"]!.GetValue<int>());
        Assert.Equal(3, payload["failed"]!.GetValue<int>());
        var results = payload["results"]!.AsArray();
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r!["index"]!.GetValue<int>()));
        Assert.Equal(["CREATED", "FAILED", "FAILED", "FAILED", "CREATED"], results.Select(r => r!["outcome"]!.GetValue<string>()));
        Assert.Equal(["BAD_USER_INPUT", "ARTICLE_TOO_LARGE", "BAD_USER_INPUT"], results.Skip(1).Take(3).Select(r => r!["errorCode"]!.GetValue<string>()));
        Assert.Contains("Ingestion:MaxArticleBytes", results[2]!["error"]!.GetValue<string>());
        Assert.Equal(good1, results[0]!["article"]!["text"]!.GetValue<string>());

        // What was reported CREATED is really stored and readable.
        foreach (var created in new[] { results[0]!, results[4]! })
        {
            var id = created["articleId"]!.GetValue<string>();
            var article = (await _client.PostAsync("query($id: ID!) { article(id: $id) { id title } }", new { id })).Ok()["article"]!;
            Assert.Equal(created["article"]!["title"]!.GetValue<string>(), article["title"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_same_batch_twice_is_unchanged_the_second_time_and_counts_do_not_move()
    {
        object[] articles = [new { text = Unique("The minister said, \"We will act.\"") }, new { text = Unique("Protesters gathered in Paris.") }];
        var first = (await _client.PostAsync(Mutation, new { articles }, ApiFactory.ApiKey)).Ok()["ingestArticles"]!;
        Assert.Equal(2, first["created"]!.GetValue<int>());
        var store = factory.Services.GetRequiredService<IClaimsStore>();
        var before = await store.GetStatsAsync();

        var second = (await _client.PostAsync(Mutation, new { articles }, ApiFactory.ApiKey)).Ok()["ingestArticles"]!;

        Assert.Equal(2, second["unchanged"]!.GetValue<int>());
        Assert.Equal(0, second["created"]!.GetValue<int>());
        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(before, await store.GetStatsAsync());
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_whole_and_writes_nothing()
    {
        var store = factory.Services.GetRequiredService<IClaimsStore>();
        var before = await store.GetStatsAsync();
        var articles = Enumerable.Range(0, 6).Select(i => new { text = Unique($"Article number {i}.") }).ToArray();

        var response = await _client.PostAsync(Mutation, new { articles }, ApiFactory.ApiKey);

        Assert.Equal(["BATCH_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("Ingestion:MaxBatchSize", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await store.GetStatsAsync());
    }

    [Fact]
    public async Task An_empty_batch_is_a_clear_error()
    {
        var response = await _client.PostAsync(Mutation, new { articles = Array.Empty<object>() }, ApiFactory.ApiKey);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private static IEnumerable<string> Ids(JsonNode payload) => payload["results"]!.AsArray().Select(r => r!["articleId"]!.GetValue<string>());
}
