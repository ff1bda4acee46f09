using System.Net;
using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Tests.Infrastructure;
using static ClaimsGraph.Api.Tests.PersistedOperations.PersistedOperationTestRequests;

namespace ClaimsGraph.Api.Tests.PersistedOperations;

/// <summary>Apollo-style automatic persisted queries and id requests with the default options (anything may run).</summary>
public sealed class AutomaticPersistedQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task An_unknown_hash_alone_is_PERSISTED_QUERY_NOT_FOUND()
    {
        var response = await _client.PostPersistedAsync(null, Sha256("{ stats { quotes } } # never sent"));
        Assert.Equal([RequestLimitCodes.PersistedQueryNotFound], response.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", response.Errors[0]!["message"]!.GetValue<string>()); // what Apollo clients look for
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
    }

    [Fact]
    public async Task Query_with_its_hash_registers_it_and_the_hash_then_runs_alone()
    {
        const string query = "{ stats { quotes people } } # apq-register";
        var hash = Sha256(query);
        var first = (await _client.PostPersistedAsync(query, hash)).Ok();
        var second = (await _client.PostPersistedAsync(null, hash)).Ok();
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.True(first["stats"]!["quotes"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_not_registered()
    {
        const string query = "{ stats { states } } # apq-mismatch";
        var wrong = Sha256(query + " ");
        var refused = await _client.PostPersistedAsync(query, wrong);
        Assert.Equal([RequestLimitCodes.PersistedQueryHashMismatch], refused.ErrorCodes);
        Assert.Equal([RequestLimitCodes.PersistedQueryNotFound], (await _client.PostPersistedAsync(null, wrong)).ErrorCodes);
    }

    [Fact]
    public async Task Malformed_persistedQuery_extensions_are_BAD_REQUEST()
    {
        var badVersion = await _client.PostJsonAsync(new { query = "{ __typename }", extensions = new { persistedQuery = new { version = 2, sha256Hash = Sha256("{ __typename }") } } });
        Assert.Equal(["BAD_REQUEST"], badVersion.ErrorCodes);
        var badHash = await _client.PostJsonAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = "xyz" } } });
        Assert.Equal(["BAD_REQUEST"], badHash.ErrorCodes);
    }

    [Fact]
    public async Task Registered_operations_run_by_file_name_operation_name_or_hash_over_POST_and_GET()
    {
        var text = ReadOperation("WhoIsQuotedAboutChina");
        var expected = (await _client.PostAsync(text)).Ok().ToJsonString();

        Assert.Equal(expected, (await _client.PostJsonAsync(new { id = "WhoIsQuotedAboutChina" })).Ok().ToJsonString());
        Assert.Equal(expected, (await _client.PostJsonAsync(new { id = Sha256(text) })).Ok().ToJsonString());
        Assert.Equal(expected, (await _client.PostJsonAsync(new { documentId = "sha256:" + Sha256(text) })).Ok().ToJsonString());
        Assert.Equal(expected, (await _client.PostPersistedAsync(null, Sha256(text))).Ok().ToJsonString());
        var get = await _client.SendRawAsync(HttpMethod.Get, "/graphql?id=WhoIsQuotedAboutChina", null, null, "application/graphql-response+json", null);
        Assert.Equal(expected, get.Ok().ToJsonString());

        var unknown = await _client.PostJsonAsync(new { id = "NoSuchOperation" });
        Assert.Equal([RequestLimitCodes.PersistedQueryNotFound], unknown.ErrorCodes);
    }
}
