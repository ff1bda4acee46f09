using ClaimsGraph.Api.Auth;
using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Security;

/// <summary>Every mutation needs a valid key; no key, a wrong key or a revoked key is refused and writes nothing.</summary>
public sealed class AuthTests(AuthTests.Factory factory) : IClassFixture<AuthTests.Factory>
{
    public const string DashboardKey = "dashboard-key-4f1c9a";
    public const string ScraperKey = "scraper-key-77b2e0";

    /// <summary>Was issued to the old scraper; its entry has been removed from configuration, which revokes it.</summary>
    public const string RevokedKey = "old-scraper-key-1d3e55";

    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?>
    {
        ["Auth:Keys:0:Name"] = "dashboard",
        ["Auth:Keys:0:Hash"] = ApiKeyHash.Of(DashboardKey),
        ["Auth:Keys:1:Name"] = "scraper",
        ["Auth:Keys:1:Hash"] = ApiKeyHash.Of(ScraperKey).ToUpperInvariant(),
        ["RateLimiting:Enabled"] = "false",
    });

    private const string IngestOne = "mutation($t: String!) { ingestArticle(input: {text: $t}) { outcome } }";
    private const string IngestMany = "mutation($t: String!) { ingestArticles(input: {articles: [{text: $t}, {text: \"Second one.\"}]}) { created } }";

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    public static TheoryData<string, string?> Refused() => new()
    {
        { IngestOne, null }, { IngestOne, "" }, { IngestOne, "wrong-key" }, { IngestOne, RevokedKey },
        { IngestOne, ApiKeyHash.Of(DashboardKey) }, // the stored hash is not itself a key
        { IngestMany, null }, { IngestMany, "wrong-key" }, { IngestMany, RevokedKey }, { IngestMany, DashboardKey + " x" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_mutation_without_a_valid_key_is_refused_and_writes_nothing(string mutation, string? key)
    {
        var store = factory.Services.GetRequiredService<IClaimsStore>();
        var before = await store.GetStatsAsync();

        var response = await _client.PostAsync(mutation, new { t = $"Refused article {Guid.NewGuid():N}. The mayor said \"no\"." }, key);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data?["ingestArticle"]);
        Assert.Null(response.Data?["ingestArticles"]);
        Assert.Equal(before, await store.GetStatsAsync());
    }

    [Theory]
    [InlineData(DashboardKey)]
    [InlineData(ScraperKey)] // configured as an upper-case hash: hex case does not matter
    [InlineData(" " + ScraperKey + " ")]
    public async Task Each_named_hashed_key_is_accepted(string key)
    {
        var data = (await _client.PostAsync(IngestOne, new { t = $"Accepted article {Guid.NewGuid():N}." }, key)).Ok();
        Assert.Equal("CREATED", data["ingestArticle"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reads_are_open_by_default()
    {
        Assert.NotNull((await _client.PostAsync("{ stats { articles } }")).Ok()["stats"]);
    }

    [Fact]
    public void A_malformed_configured_hash_stops_the_start_with_a_clear_message()
    {
        using var bad = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Auth:Keys:0:Name"] = "x", ["Auth:Keys:0:Hash"] = "not-hex" });
        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        Assert.Contains("Auth:Keys:0:Hash", Flatten(error));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
