using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Queries;

/// <summary>Relay paging over a known set of 30 quotes: forward, backward, defaults and limits.</summary>
public sealed class PagingTests(PagingTests.Factory factory) : IClassFixture<PagingTests.Factory>, IAsyncLifetime
{
    public sealed class Factory : ApiFactory
    {
        protected override bool IngestSamples => false;
    }

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          quotes(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id } }
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    public async Task InitializeAsync() =>
        await factory.Services.GetRequiredService<IClaimsStore>().UpsertArticlesAsync(SyntheticGraphs.Articles(articles: 6, quotesPerArticle: 5, prefix: "paging"));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Forward_pages_cover_every_quote_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var quotes = (await _client.PostAsync(Page, new { first = 7, after })).Ok()["quotes"]!;
            Assert.Equal(30, quotes["totalCount"]!.GetValue<int>());
            seen.AddRange(quotes["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            Assert.Equal(after is not null, quotes["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            hasNext = quotes["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = quotes["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(30, seen.Count);
        Assert.Equal(30, seen.Distinct().Count());
    }

    [Fact]
    public async Task Default_page_is_20_and_last_counts_back_from_the_end()
    {
        var all = (await _client.PostAsync(Page, new { first = 30 })).Ok()["quotes"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var defaults = (await _client.PostAsync(Page)).Ok()["quotes"]!;
        Assert.Equal(20, defaults["nodes"]!.AsArray().Count);

        var tail = (await _client.PostAsync(Page, new { last = 4 })).Ok()["quotes"]!;
        Assert.Equal(all.TakeLast(4), tail["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.False(tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(tail["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var before = tail["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = (await _client.PostAsync(Page, new { last = 3, before })).Ok()["quotes"]!;
        Assert.Equal(all.Skip(23).Take(3), previous["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task First_and_last_together_and_negative_sizes_are_refused()
    {
        Assert.Equal(["BAD_USER_INPUT"], (await _client.PostAsync(Page, new { first = 2, last = 2 })).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _client.PostAsync(Page, new { first = -1 })).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _client.PostAsync(Page, new { last = 500 })).ErrorCodes);
    }
}
