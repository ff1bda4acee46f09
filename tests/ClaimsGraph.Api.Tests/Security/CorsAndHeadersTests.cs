using System.Net;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Security;

/// <summary>Only allow-listed origins get CORS headers; every response carries the security headers, the IDE's CSP included.</summary>
public sealed class CorsAndHeadersTests(CorsAndHeadersTests.Factory factory) : IClassFixture<CorsAndHeadersTests.Factory>
{
    private const string Allowed = "https://dashboard.example.org";

    public sealed class Factory() : ConfiguredApiFactory(new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = Allowed,
        ["Cors:AllowedOrigins:1"] = "https://other.example.org/",
    });

    [Theory]
    [InlineData(Allowed, true)]
    [InlineData("https://other.example.org", true)]
    [InlineData("https://evil.example.com", false)]
    [InlineData("null", false)]
    public async Task Preflight_is_answered_only_for_allowed_origins(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        using var response = await factory.CreateClient().SendAsync(request);

        var granted = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        Assert.Equal(allowed ? origin : null, granted);
    }

    [Fact]
    public async Task A_cross_origin_post_from_an_unlisted_origin_gets_no_allow_origin_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ stats { articles } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "https://evil.example.com");
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/graphql/")]
    [InlineData("/graphql/bcp-config.json")]
    [InlineData("/health/live")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", "text/html");
        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public void A_wildcard_origin_is_refused_at_start()
    {
        using var bad = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "*" });
        Assert.ThrowsAny<Exception>(() => bad.CreateClient());
    }
}
