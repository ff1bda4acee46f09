using ClaimsGraph.Api.Http;
using ClaimsGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Http;

/// <summary>
/// A repeated operation skips parsing and the spec's validation, but nothing that depends on the request:
/// its variables are still checked, its API key still required, and invalid documents are never kept.
/// </summary>
public sealed class ValidatedDocumentCacheTests(ValidatedDocumentCacheTests.Factory factory) : IClassFixture<ValidatedDocumentCacheTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override bool IngestSamples => false;
    }

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    private ValidatedDocumentCache Cache => factory.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_validated_document_is_kept_and_its_next_variables_are_still_checked()
    {
        var query = $"query Cached{Guid.NewGuid():N}($first: Int) {{ topSpeakers(first: $first) {{ count }} }}";
        (await _client.PostAsync(query, new { first = 3 })).Ok();
        Assert.NotNull(Cache.Find(query));

        (await _client.PostAsync(query, new { first = 5 })).Ok();
        var wrongType = await _client.PostAsync(query, new { first = "three" });
        Assert.NotEmpty(wrongType.Errors);
        Assert.Null(wrongType.Data?["topSpeakers"]);
        var tooMany = await _client.PostAsync(query, new { first = 500 });
        Assert.Equal(["BAD_USER_INPUT"], tooMany.ErrorCodes);
    }

    [Fact]
    public async Task A_kept_mutation_still_needs_the_api_key()
    {
        var mutation = $"mutation Ingest{Guid.NewGuid():N}($t: String!) {{ ingestArticle(input: {{text: $t}}) {{ outcome }} }}";
        (await _client.PostAsync(mutation, new { t = $"Kept article {Guid.NewGuid():N}." }, ApiFactory.ApiKey)).Ok();
        Assert.NotNull(Cache.Find(mutation));

        var refused = await _client.PostAsync(mutation, new { t = $"Refused article {Guid.NewGuid():N}." });
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task An_invalid_document_is_not_kept()
    {
        var query = $"query Broken{Guid.NewGuid():N} {{ noSuchField }}";
        Assert.NotEmpty((await _client.PostAsync(query)).Errors);
        Assert.Null(Cache.Find(query));
        Assert.NotEmpty((await _client.PostAsync(query)).Errors);
    }
}
