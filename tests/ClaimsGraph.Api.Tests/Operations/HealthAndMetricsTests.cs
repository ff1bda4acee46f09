using System.Net;
using System.Text.Json.Nodes;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Operations;

/// <summary>/health/live, /health/ready with the store's state, and /metrics in Prometheus text format with the API's instruments.</summary>
public sealed class HealthAndMetricsTests(HealthAndMetricsTests.Factory factory) : IClassFixture<HealthAndMetricsTests.Factory>
{
    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Live_and_ready_answer_with_the_store_checked()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.Http.GetAsync("/health/live")).StatusCode);
        var ready = await _client.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Contains(body["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "store");
    }

    [Fact]
    public async Task Metrics_show_ingest_counts_extraction_time_request_durations_and_errors_by_code()
    {
        var text = $"The governor said, \"Roads will open.\" Metrics {Guid.NewGuid():N}.";
        (await _client.PostAsync("mutation($t: String!) { ingestArticles(input: {articles: [{text: $t}, {text: \"\"}]}) { created } }",
            new { t = text }, ApiFactory.ApiKey)).Ok();
        await _client.PostAsync("{ nosuchfield }");
        (await _client.PostAsync("{ quotes(first: 5) { edges { node { article { title } } } } }")).Ok();
        (await _client.PostAsync("{ quotes(first: 5) { edges { node { article { title } } } } }")).Ok();
        await _client.PostAsync("mutation { ingestArticle(input: {text: \"x\"}) { created } }");

        var response = await _client.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
        var metrics = await response.Content.ReadAsStringAsync();

        Assert.Matches("""claimsgraph_ingest_articles_total\{[^}]*outcome="created"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""claimsgraph_ingest_articles_total\{[^}]*outcome="failed"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""claimsgraph_extraction_duration_seconds_count(\{[^}]*\})? [1-9]""", metrics);
        Assert.Matches("""claimsgraph_ingest_duration_seconds_bucket""", metrics);
        Assert.Matches("""claimsgraph_graphql_request_duration_seconds_count\{[^}]*operation="mutation"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""claimsgraph_graphql_errors_total\{[^}]*code="UNAUTHENTICATED"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""claimsgraph_graphql_errors_total\{[^}]*code="GRAPHQL_VALIDATION_FAILED"[^}]*\} [1-9]""", metrics);
        // The same page twice: its reports and articles are read from the file once, then from the node cache.
        Assert.Matches("""claimsgraph_store_cache_lookups_total\{[^}]*result="hit"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""claimsgraph_store_cache_lookups_total\{[^}]*result="miss"[^}]*\} [1-9]""", metrics);
    }
}
