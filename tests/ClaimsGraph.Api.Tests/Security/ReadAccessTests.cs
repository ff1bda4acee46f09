using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Security;

/// <summary>With Auth:RequireKeyForReads, queries need a key too; the plain Auth:ApiKeys list still works (hashed at load).</summary>
public sealed class ReadAccessTests(ReadAccessTests.Factory factory) : IClassFixture<ReadAccessTests.Factory>
{
    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?>
    {
        ["Auth:RequireKeyForReads"] = "true",
        ["RateLimiting:Enabled"] = "false",
    });

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task A_query_without_a_valid_key_is_refused(string? key)
    {
        var response = await _client.PostAsync("{ stats { articles } }", apiKey: key);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_query_with_the_plain_configured_key_answers()
    {
        Assert.NotNull((await _client.PostAsync("{ stats { articles } }", apiKey: ApiFactory.ApiKey)).Ok()["stats"]);
    }
}
