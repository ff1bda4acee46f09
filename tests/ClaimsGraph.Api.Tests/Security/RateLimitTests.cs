using System.Net;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Security;

/// <summary>Per-address and per-key budgets; the refusal is a 429 with a GraphQL-shaped RATE_LIMITED error and Retry-After.</summary>
public sealed class RateLimitTests
{
    private static ConfiguredApiFactory Create() => new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitsPerAddress"] = "3",
        ["RateLimiting:PermitsPerKey"] = "5",
        ["RateLimiting:WindowSeconds"] = "600",
    });

    [Fact]
    public async Task The_request_after_the_address_budget_gets_a_clear_429()
    {
        using var factory = Create();
        var client = factory.CreateGraphQLClient();
        for (var i = 0; i < 3; i++) (await client.PostAsync("{ stats { articles } }")).Ok();

        var refused = await client.PostAsync("{ stats { articles } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(retryAfter, refused.Errors[0]!["extensions"]!["retryAfterSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_key_has_its_own_budget_and_health_is_never_limited()
    {
        using var factory = Create();
        var client = factory.CreateGraphQLClient();
        for (var i = 0; i < 3; i++) (await client.PostAsync("{ stats { articles } }")).Ok();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("{ stats { articles } }")).Status);

        for (var i = 0; i < 5; i++) (await client.PostAsync("{ stats { articles } }", apiKey: ApiFactory.ApiKey)).Ok();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("{ stats { articles } }", apiKey: ApiFactory.ApiKey)).Status);

        // A wrong key is counted against the address, so guessing keys does not buy a fresh budget.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("{ stats { articles } }", apiKey: "guess")).Status);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
    }
}
