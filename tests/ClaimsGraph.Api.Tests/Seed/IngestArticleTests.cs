using System.Net;
using System.Text;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Seed;

/// <summary>The ingestArticle mutation: idempotent, key-protected, and every bad input refused with nothing written.</summary>
public sealed class IngestArticleTests(IngestArticleTests.Factory factory) : IClassFixture<IngestArticleTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        // The article travels in the variables: let them hold more than the 2 MB article limit.
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:MaxVariablesBytes"] = "8388608" };
    }

    private const string Ingest = """
        mutation($input: IngestArticleInput!) {
          ingestArticle(input: $input) { created outcome article { id title } quotes { id text speaker { id } } }
        }
        """;

    private const string Stats = "{ stats { articles people states organizations events quotes } }";

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    private static string Seed => File.ReadAllText(Path.Combine(RepoPaths.Samples, "000_215a5391f5d1a542.txt"));

    [Fact]
    public async Task Ingesting_the_seed_article_again_leaves_every_count_unchanged()
    {
        var before = (await _client.PostAsync(Stats)).Ok().ToJsonString();
        Assert.NotEqual(0, (await _client.PostAsync(Stats)).Ok()["stats"]!["quotes"]!.GetValue<int>());

        for (var i = 0; i < 2; i++)
        {
            var payload = (await _client.PostAsync(Ingest, new { input = new { text = Seed } }, ApiFactory.ApiKey)).Ok()["ingestArticle"]!;
            Assert.False(payload["created"]!.GetValue<bool>());
            Assert.Equal("UNCHANGED", payload["outcome"]!.GetValue<string>());
            Assert.Contains(payload["quotes"]!.AsArray(), q => q!["speaker"]?["id"]?.GetValue<string>() == "person:rahm-emanuel");
        }

        Assert.Equal(before, (await _client.PostAsync(Stats)).Ok().ToJsonString());
    }

    [Fact]
    public async Task A_new_article_is_created_then_unchanged()
    {
        var input = new { text = "Philippine President Ferdinand Marcos said, \"We will not give up an inch.\" Manila protested on Monday.", title = "New article", source = "Test Wire", publishedAt = "2024-04-10T08:00:00Z" };
        var first = (await _client.PostAsync(Ingest, new { input }, ApiFactory.ApiKey)).Ok()["ingestArticle"]!;
        Assert.True(first["created"]!.GetValue<bool>());
        Assert.Equal("New article", first["article"]!["title"]!.GetValue<string>());
        var articleId = first["article"]!["id"]!.GetValue<string>();

        var second = (await _client.PostAsync(Ingest, new { input }, ApiFactory.ApiKey)).Ok()["ingestArticle"]!;
        Assert.False(second["created"]!.GetValue<bool>());
        Assert.Equal(articleId, second["article"]!["id"]!.GetValue<string>());

        var fetched = (await _client.PostAsync("query($id: ID!) { article(id: $id) { source publishedAt } }", new { id = articleId })).Ok();
        Assert.Equal("Test Wire", fetched["article"]!["source"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("wrong-key", "UNAUTHENTICATED")]
    public async Task Mutation_without_a_valid_key_is_UNAUTHENTICATED_and_writes_nothing(string? key, string code)
    {
        var before = (await _client.PostAsync(Stats)).Ok().ToJsonString();
        var response = await _client.PostAsync(Ingest, new { input = new { text = "Officials said, \"This is a brand new article nobody has seen.\"" } }, key);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status); // not executed: a request error under graphql-response+json
        Assert.Equal(before, (await _client.PostAsync(Stats)).Ok().ToJsonString());
    }

    [Fact]
    public async Task Empty_text_is_BAD_USER_INPUT()
    {
        var response = await _client.PostAsync(Ingest, new { input = new { text = "   " } }, ApiFactory.ApiKey);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("empty", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_and_html_together_are_BAD_USER_INPUT()
    {
        var response = await _client.PostAsync(Ingest, new { input = new { text = "a", html = "<p>a</p>" } }, ApiFactory.ApiKey);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Text_over_the_size_limit_is_ARTICLE_TOO_LARGE_and_writes_nothing()
    {
        var before = (await _client.PostAsync(Stats)).Ok().ToJsonString();
        var huge = new string('a', 2 * 1024 * 1024 + 1);
        var response = await _client.PostAsync(Ingest, new { input = new { text = huge } }, ApiFactory.ApiKey);
        Assert.Equal(["ARTICLE_TOO_LARGE"], response.ErrorCodes);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(before, (await _client.PostAsync(Stats)).Ok().ToJsonString());
    }

    [Fact]
    public async Task Invalid_UTF8_body_is_a_400_with_a_clear_error()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"mutation { ingestArticle(input: {text: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\"}) { created } }\"}");
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE];
        var response = await _client.SendRawAsync(HttpMethod.Post, "/graphql", prefix.Concat(invalid).Concat(suffix).ToArray(),
            "application/json", "application/graphql-response+json", ApiFactory.ApiKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.Contains("UTF-8", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mutation_over_GET_is_405_and_writes_nothing()
    {
        var before = (await _client.PostAsync(Stats)).Ok().ToJsonString();
        var response = await _client.GetAsync("mutation { ingestArticle(input: {text: \"Officials said, \\\"Over GET.\\\"\"}) { created } }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
        Assert.Equal(before, (await _client.PostAsync(Stats)).Ok().ToJsonString());
    }
}
