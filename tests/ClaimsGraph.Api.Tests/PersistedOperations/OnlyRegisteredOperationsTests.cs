using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Tests.Infrastructure;
using static ClaimsGraph.Api.Tests.PersistedOperations.PersistedOperationTestRequests;

namespace ClaimsGraph.Api.Tests.PersistedOperations;

/// <summary>GraphQL:PersistedOperations:OnlyRegistered=true: only schema/operations/*.graphql may run.</summary>
public sealed class OnlyRegisteredOperationsTests(OnlyRegisteredOperationsTests.Factory factory) : IClassFixture<OnlyRegisteredOperationsTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["GraphQL:PersistedOperations:OnlyRegistered"] = "true",
            ["GraphQL:PersistedOperations:Directory"] = RepoPaths.Operations,
        };
    }

    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Ad_hoc_queries_are_refused_naming_the_option()
    {
        var refused = await _client.PostAsync("{ stats { quotes } }");
        Assert.Equal([RequestLimitCodes.OperationNotRegistered], refused.ErrorCodes);
        Assert.Contains("GraphQL:PersistedOperations:OnlyRegistered", refused.Text);
        Assert.Null(refused.Data);
    }

    [Fact]
    public async Task Clients_cannot_register_new_operations()
    {
        const string query = "{ stats { quotes } } # apq-only-registered";
        Assert.Equal([RequestLimitCodes.OperationNotRegistered], (await _client.PostPersistedAsync(query, Sha256(query))).ErrorCodes);
        Assert.Equal([RequestLimitCodes.PersistedQueryNotFound], (await _client.PostPersistedAsync(null, Sha256(query))).ErrorCodes);
    }

    [Fact]
    public async Task Registered_operations_run_by_id_by_hash_and_as_their_exact_text()
    {
        var text = ReadOperation("Dashboard");
        var byText = (await _client.PostAsync(text)).Ok().ToJsonString();
        Assert.Equal(byText, (await _client.PostJsonAsync(new { id = "Dashboard" })).Ok().ToJsonString());
        Assert.Equal(byText, (await _client.PostJsonAsync(new { id = Sha256(text) })).Ok().ToJsonString());
        Assert.Equal(byText, (await _client.PostPersistedAsync(text, Sha256(text))).Ok().ToJsonString());
    }

    [Fact]
    public async Task Every_file_in_schema_operations_is_registered()
    {
        var files = Directory.GetFiles(RepoPaths.Operations, "*.graphql");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var response = await _client.PostJsonAsync(new { id = Path.GetFileNameWithoutExtension(file) });
            Assert.DoesNotContain(RequestLimitCodes.PersistedQueryNotFound, response.ErrorCodes);
            Assert.DoesNotContain(RequestLimitCodes.OperationNotRegistered, response.ErrorCodes);
        }
    }
}
