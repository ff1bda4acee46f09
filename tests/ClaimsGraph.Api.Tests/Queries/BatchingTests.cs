using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Queries;

/// <summary>
/// Issue 5's N+1 test: 50 quotes with speaker, targets and article cost a small constant number of store calls, the
/// same under GraphQL.NET (a query's first run) and on the compiled plan (every later run).
/// </summary>
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
                nodes { id text speaker { id name } about { id name } article { id title } span { start end text }
                    pieces { start end text } reportedIn { pieces { start end } } } } }
            """);

        var nodes = data["quotes"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n =>
        {
            Assert.NotNull(n!["speaker"]);
            Assert.Equal(2, n["about"]!.AsArray().Count);
            Assert.NotNull(n["article"]);
            Assert.Equal((string?)n["span"]!["text"], (string?)Assert.Single(n["pieces"]!.AsArray())!["text"]);
        });
        // FindQuotes, targets, reports, then entities (speakers and targets together) and articles: one call each, not 50.
        Assert.True(_counter.Total <= 5, StoreCalls());
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetQuoteTargetsAsync)));
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetQuoteReportsAsync)));
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetEntitiesAsync)));
    }

    [Fact]
    public async Task A_page_selected_through_fragments_is_fetched_with_the_page()
    {
        var data = await CountStoreCallsAsync(articles: 12, quotesPerArticle: 2, """
            query { quotes(first: 24) { ...page } }
            fragment page on QuoteConnection { edges { node { ... on Quote { id speaker { name } } ...where } } }
            fragment where on Quote { article { title } span { text } about { id } }
            """);

        var edges = data["quotes"]!["edges"]!.AsArray();
        Assert.Equal(24, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.False(string.IsNullOrEmpty((string?)e!["node"]!["speaker"]!["name"]));
            Assert.False(string.IsNullOrEmpty((string?)e["node"]!["article"]!["title"]));
            Assert.False(string.IsNullOrEmpty((string?)e["node"]!["span"]!["text"]));
        });
        // The page; its reports and targets; then the speakers and targets in one entity call, and the reports'
        // articles. Only a lookahead that sees through both fragments merges the two entity loads.
        Assert.True(_counter.Total == 5, StoreCalls());
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetEntitiesAsync)));
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

    [Fact]
    public async Task Quote_pages_under_a_list_leave_their_edges_to_the_loaders_that_batch_across_the_list()
    {
        var data = await CountStoreCallsAsync(articles: 10, quotesPerArticle: 4, """
            { states(first: 4) { nodes { id quotesAbout(first: 10) { nodes { speaker { id } article { id } } } } } }
            """);

        var states = data["states"]!["nodes"]!.AsArray();
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.NotEmpty(s!["quotesAbout"]!["nodes"]!.AsArray()));
        // One page of quotes per state is inherent; their speakers, reports and articles are loaded once for all
        // four states, not once per state as a per-page prefetch would do.
        Assert.Equal(4, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.FindQuotesAsync)));
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetEntitiesAsync)));
        Assert.Equal(1, _counter.Calls.GetValueOrDefault(nameof(IClaimsStore.GetArticlesAsync)));
    }

    /// <summary>Stores synthetic articles, then runs one query while counting the store calls it makes.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode> CountStoreCallsAsync(int articles, int quotesPerArticle, string query)
    {
        var store = _factory.Services.GetRequiredService<IClaimsStore>();
        await store.UpsertArticlesAsync(SyntheticGraphs.Articles(articles, quotesPerArticle));
        var client = _factory.CreateGraphQLClient();
        _counter.Counting = true;
        var data = (await client.PostAsync(query)).Ok();
        var byGraphQLNet = new Dictionary<string, int>(_counter.Calls);

        // The same query again runs on its compiled plan: it must batch exactly as GraphQL.NET did.
        _counter.Calls.Clear();
        var planned = (await client.PostAsync(query)).Ok();
        _counter.Counting = false;
        Assert.Equal(data.ToJsonString(), planned.ToJsonString());
        Assert.Equal(byGraphQLNet.OrderBy(c => c.Key), _counter.Calls.OrderBy(c => c.Key));
        return data;
    }

    private string StoreCalls() => "store calls: " + string.Join(", ", _counter.Calls.Select(c => $"{c.Key}={c.Value}"));

    public void Dispose() => _factory.Dispose();

    private sealed class NoSamplesFactory : ApiFactory
    {
        protected override bool IngestSamples => false;
    }
}
