using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Queries;

/// <summary>Issue 5's N+1 test: 50 quotes with speaker, targets and article cost a small constant number of store calls.</summary>
public sealed class BatchingTests : IDisposable
{
    private readonly CountingStore _counter;
    private readonly ApiFactory _factory;

    public BatchingTests()
    {
        CountingStore? counter = null;
        _factory = new NoSamplesFactory
        {
            DecorateStore = inner =>
            {
                var (store, c) = CountingStore.Wrap(inner);
                counter = c;
                return store;
            },
        };
        _ = _factory.Services.GetRequiredService<IClaimsStore>();
        _counter = counter!;
    }

    [Fact]
    public async Task Fifty_quotes_with_speaker_targets_and_article_take_a_constant_number_of_store_calls()
    {
        var data = await CountStoreCallsAsync(articles: 10, quotesPerArticle: 5, """
            { quotes(first: 50) {
                nodes { id text speaker { id name } about { id name } article { id title } span { start end text } } } }
            """);

        var nodes = data["quotes"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n =>
        {
            Assert.NotNull(n!["speaker"]);
            Assert.Equal(2, n["about"]!.AsArray().Count);
            Assert.NotNull(n["article"]);
        });
        // FindQuotes, entities (speakers), targets, reports, articles, entities (targets): one call each, not 50.
        Assert.True(_counter.Total <= 7, StoreCalls());
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetQuoteTargetsAsync)));
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetQuoteReportsAsync)));
    }

    [Fact]
    public async Task Twenty_quotes_from_twenty_articles_load_their_articles_in_one_call()
    {
        var data = await CountStoreCallsAsync(articles: 20, quotesPerArticle: 1, """
            { quotes(first: 20) { edges { node { id text speaker { id name } article { id title publishedAt } } } } }
            """);

        Assert.Equal(20, data["quotes"]!["edges"]!.AsArray().Count);
        Assert.True(_counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetArticlesAsync)) == 1, StoreCalls());
    }

    /// <summary>Stores synthetic articles, then runs one query while counting the store calls it makes.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode> CountStoreCallsAsync(int articles, int quotesPerArticle, string query)
    {
        var store = _factory.Services.GetRequiredService<IClaimsStore>();
        await store.UpsertArticlesAsync(SyntheticGraphs.Articles(articles, quotesPerArticle));
        var client = _factory.CreateGraphQLClient();
        _counter.Counting = true;
        var data = (await client.PostAsync(query)).Ok();
        _counter.Counting = false;
        return data;
    }

    private string StoreCalls() => "store calls: " + string.Join(", ", _counter.Calls.Select(c => $"{c.Key}={c.Value}"));

    public void Dispose() => _factory.Dispose();

    private sealed class NoSamplesFactory : ApiFactory
    {
        protected override bool IngestSamples => false;
    }
}
