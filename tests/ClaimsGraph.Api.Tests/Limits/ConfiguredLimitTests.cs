using System.Net;
using System.Text;
using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Limits;

/// <summary>Each limit follows its configuration key and names it in the error; none is ever a 500.</summary>
public sealed class ConfiguredLimitTests(ConfiguredLimitTests.Factory factory) : IClassFixture<ConfiguredLimitTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override bool IngestSamples => false;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "3",
            ["GraphQL:MaxCost"] = "50",
            ["GraphQL:EnableIntrospection"] = "false",
            ["GraphQL:MaxVariablesBytes"] = "200",
            ["GraphQL:MaxRequestBytes"] = "4096",
        };
    }

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Configured_depth_is_enforced()
    {
        (await _client.PostAsync("{ quotes(first: 1) { edges { cursor } } }")).Ok();
        var refused = await _client.PostAsync("{ quotes(first: 1) { edges { node { text } } } }");
        Assert.Equal([RequestLimitCodes.QueryTooDeep], refused.ErrorCodes);
        Assert.Contains("limit is 3", refused.Text);
    }

    [Fact]
    public async Task Configured_cost_is_enforced()
    {
        (await _client.PostAsync("{ quotes(first: 10) { totalCount edges { cursor } } }")).Ok(); // 1 + 10 × 3 = 31
        var refused = await _client.PostAsync("{ quotes(first: 20) { totalCount edges { cursor } } }"); // 61
        Assert.Equal([RequestLimitCodes.QueryTooCostly], refused.ErrorCodes);
        Assert.Contains("costs 61", refused.Text);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_but_typename_still_works()
    {
        var schema = await _client.PostAsync("{ __schema { queryType { name } } }");
        Assert.Equal([RequestLimitCodes.IntrospectionDisabled], schema.ErrorCodes);
        Assert.Contains("GraphQL:EnableIntrospection", schema.Text);

        var viaFragment = await _client.PostAsync("query { ...T } fragment T on Query { __type(name: \"Quote\") { name } }");
        Assert.Equal([RequestLimitCodes.IntrospectionDisabled], viaFragment.ErrorCodes);

        var typename = await _client.PostAsync("{ __typename }");
        Assert.Equal("Query", typename.Ok()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Large_variables_are_refused_naming_the_key()
    {
        var refused = await _client.PostAsync("query($name: String) { people(name: $name) { totalCount } }", new { name = new string('x', 300) });
        Assert.Equal([RequestLimitCodes.VariablesTooLarge], refused.ErrorCodes);
        Assert.Contains("GraphQL:MaxVariablesBytes", refused.Text);

        (await _client.PostAsync("query($name: String) { people(name: $name) { totalCount } }", new { name = "Kishida" })).Ok();
    }

    [Fact]
    public async Task Large_bodies_are_413_naming_the_key()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"query":"{ stats { quotes } }","operationName":null,"x":"{{new string('y', 5000)}}"}""");
        var refused = await _client.SendRawAsync(HttpMethod.Post, "/graphql", body, "application/json", "application/graphql-response+json", null);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], refused.ErrorCodes);
        Assert.Contains("GraphQL:MaxRequestBytes", refused.Text);
    }
}
