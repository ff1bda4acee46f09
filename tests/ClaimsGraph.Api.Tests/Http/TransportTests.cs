using System.Net;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Http;

/// <summary>GraphQL-over-HTTP: methods, media types, status codes, size limit; never a 500 or a stack trace.</summary>
public sealed class TransportTests(TransportTests.Factory factory) : IClassFixture<TransportTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override bool IngestSamples => false;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "65536" };
    }

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Post_answers_with_the_accepted_media_type()
    {
        var modern = await _client.PostAsync("{ stats { articles } }");
        modern.Ok();
        Assert.Equal("application/graphql-response+json", modern.MediaType);

        var legacy = await _client.PostAsync("{ stats { articles } }", accept: "application/json");
        legacy.Ok();
        Assert.Equal("application/json", legacy.MediaType);

        var none = await _client.SendRawAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { articles } }"}""", "application/json", null, null);
        none.Ok();
        Assert.Equal("application/json", none.MediaType);
    }

    [Fact]
    public async Task Get_runs_queries_with_variables()
    {
        var response = await _client.GetAsync("query($n: Int) { states(first: $n) { totalCount } }", new { n = 5 });
        Assert.Equal(0, response.Ok()["states"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unparseable_query_is_400_with_graphql_response_json_and_200_with_legacy_json()
    {
        var modern = await _client.PostAsync("{ stats { articles ");
        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], modern.ErrorCodes);

        var legacy = await _client.PostAsync("{ stats { articles ", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], legacy.ErrorCodes);
    }

    [Fact]
    public async Task Invalid_query_is_a_validation_error()
    {
        var response = await _client.PostAsync("{ stats { noSuchField } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json at all")]
    [InlineData("[{\"query\":\"{ stats { articles } }\"}]")]
    [InlineData("{\"query\": 42}")]
    public async Task Malformed_json_body_is_400_BAD_REQUEST(string body)
    {
        var response = await _client.SendRawAsync(HttpMethod.Post, "/graphql", body, "application/json", "application/graphql-response+json", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Text); // no stack trace
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await _client.SendRawAsync(HttpMethod.Post, "/graphql", "{}", "application/json", "application/graphql-response+json", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.Errors);
    }

    [Fact]
    public async Task Non_json_content_type_is_415()
    {
        var response = await _client.SendRawAsync(HttpMethod.Post, "/graphql", "{ stats { articles } }", "text/plain", "application/json", null);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var response = await _client.PostAsync("{ stats { articles } }", accept: "application/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task Body_over_the_request_limit_is_413()
    {
        var response = await _client.PostAsync("{ stats { articles } }" + new string(' ', 70_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Paging_beyond_the_maximum_is_BAD_USER_INPUT()
    {
        var response = await _client.PostAsync("{ quotes(first: 201) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("200", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cursor_not_made_by_the_api_is_BAD_USER_INPUT()
    {
        var response = await _client.PostAsync("""{ quotes(after: "bm90LWEtY3Vyc29y") { totalCount } }""");
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.Http.GetAsync("/health/live")).StatusCode);
        var ready = await _client.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Browser_get_of_graphql_is_redirected_to_the_ide_which_is_served_offline()
    {
        var redirect = await _client.SendRawAsync(HttpMethod.Get, "/graphql", null, null, "text/html,application/xhtml+xml", null);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.Equal("/graphql/", redirect.Headers.Location?.ToString());

        var page = await _client.SendRawAsync(HttpMethod.Get, "/graphql/", null, null, "text/html", null);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("<script", page.Text);

        var config = await _client.Http.GetStringAsync("/graphql/bcp-config.json");
        Assert.Contains("\"useBrowserUrlAsEndpoint\":true", config);
        Assert.Contains("\"disableTelemetry\":true", config);
        Assert.Contains("\"endpoint\":\"/graphql\"", config);

        Assert.Equal(HttpStatusCode.OK, (await _client.Http.GetAsync("/graphql/LICENSE")).StatusCode);
    }
}
