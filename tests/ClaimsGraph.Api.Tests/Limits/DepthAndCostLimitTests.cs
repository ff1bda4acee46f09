using System.Net;
using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Limits;

/// <summary>Depth and cost limits at their defaults (GraphQL:MaxDepth 12, GraphQL:MaxCost 20,000) over the seed article.</summary>
public sealed class DepthAndCostLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    // quotes 1, edges 2, node 3, speaker 4, quotes 5, edges 6, node 7, speaker 8, quotes 9, edges 10, node 11, <leaf> 12
    private const string TwelveDeep = """
        { quotes(first: 1) { edges { node { speaker { ... on Person { quotes(first: 1) { edges { node { speaker { ... on Person {
            quotes(first: 1) { edges { node { text } } } } } } } } } } } } } }
        """;

    private const string ThirteenDeep = """
        { quotes(first: 1) { edges { node { speaker { ... on Person { quotes(first: 1) { edges { node { speaker { ... on Person {
            quotes(first: 1) { edges { node { speaker { id } } } } } } } } } } } } } } }
        """;

    [Fact]
    public async Task Twelve_levels_run_and_thirteen_are_refused_naming_the_limit()
    {
        (await _client.PostAsync(TwelveDeep)).Ok();

        var refused = await _client.PostAsync(ThirteenDeep);
        Assert.Equal([RequestLimitCodes.QueryTooDeep], refused.ErrorCodes);
        Assert.Contains("13", refused.Errors[0]!["message"]!.GetValue<string>());
        Assert.Contains("GraphQL:MaxDepth", refused.Text);
        Assert.Null(refused.Data);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status); // not executed: like a validation error
    }

    [Fact]
    public async Task Depth_counts_through_named_fragments()
    {
        const string query = """
            query { quotes(first: 1) { edges { node { ...Deep } } } }
            fragment Deep on Quote { speaker { ... on Person { quotes(first: 1) { edges { node { speaker { ... on Person {
              quotes(first: 1) { edges { node { speaker { id } } } } } } } } } } } }
            """;
        var refused = await _client.PostAsync(query);
        Assert.Equal([RequestLimitCodes.QueryTooDeep], refused.ErrorCodes);
    }

    [Fact]
    public async Task Nested_pages_multiply_into_a_cost_that_is_refused()
    {
        // 1 + 200 × (edges 1 + node 1 + speaker 1 + quotes (1 + 200 × totalCount 1)) = 40,801
        const string query = "{ quotes(first: 200) { edges { node { speaker { ... on Person { quotes(first: 200) { totalCount } } } } } } }";
        var refused = await _client.PostAsync(query);
        Assert.Equal([RequestLimitCodes.QueryTooCostly], refused.ErrorCodes);
        Assert.Contains("40,801", refused.Text);
        Assert.Contains("GraphQL:MaxCost", refused.Text);

        (await _client.PostAsync(query.Replace("200", "20"))).Ok();
    }

    [Fact]
    public async Task Page_sizes_given_as_variables_count_too()
    {
        const string query = "query($n: Int) { quotes(first: $n) { edges { node { speaker { ... on Person { quotes(first: $n) { totalCount } } } } } } }";
        Assert.Equal([RequestLimitCodes.QueryTooCostly], (await _client.PostAsync(query, new { n = 200 })).ErrorCodes);
        (await _client.PostAsync(query, new { n = 10 })).Ok();
    }

    [Fact]
    public async Task The_cost_formula_matches_the_documented_one()
    {
        var measurer = (OperationMeasurer)factory.Services.GetService(typeof(OperationMeasurer))!;
        long Cost(string query) => measurer.Measure(GraphQLParser.Parser.Parse(query), null, null).Cost;

        // quotes = 1 + 5 × (totalCount 1 + edges (1 + node (1 + text 1))) = 21
        Assert.Equal(21, Cost("{ quotes(first: 5) { totalCount edges { node { text } } } }"));
        // no first: the default page of 20
        Assert.Equal(81, Cost("{ quotes { totalCount edges { node { text } } } }"));
        // last counts like first
        Assert.Equal(21, Cost("{ quotes(last: 5) { totalCount edges { node { text } } } }"));
        // nodes(ids) multiplies by the number of ids; introspection costs nothing
        Assert.Equal(4, Cost("""{ nodes(ids: ["a", "b", "c"]) { id __typename } __schema { types { name } } }""")); // 1 + 3 × 1
        // plain object fields add 1 each
        Assert.Equal(2, Cost("{ stats { quotes } }"));
    }
}
