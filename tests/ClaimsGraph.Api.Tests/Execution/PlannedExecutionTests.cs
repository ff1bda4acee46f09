using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Execution;

/// <summary>
/// A repeated query runs on its compiled plan and answers exactly as GraphQL.NET answered it the first time: the
/// same bytes, through HTTP, on the seeded store. Requests that end in an error go back to GraphQL.NET, so their
/// errors are GraphQL.NET's too.
/// </summary>
public sealed class PlannedExecutionTests(PlannedExecutionTests.Factory factory) : IClassFixture<PlannedExecutionTests.Factory>
{
    public sealed class Factory : ApiFactory;

    /// <summary>Queries that reach every kind of field the plan completes: aliases, fragments on interfaces, unions of types, lists, variables.</summary>
    public static TheoryData<string, string, string?> Queries()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Operations, "*.graphql").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("mutation ", StringComparison.Ordinal)) data.Add(Path.GetFileName(file), text, null);
        }
        data.Add("aliases, __typename, spans and pieces", """
            { a: quotes(first: 3) { totalCount edges { cursor node { __typename id text kind confidence
                pieces { start end text } span { start end text } cue { start end } speakerMention { start end }
                speaker { __typename id name ... on Person { roles } } sourceDescription
                about { __typename id name } article { id title publishedAt } reportedIn { article { id } } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
              b: quotes(first: 1, order: [{ field: PUBLISHED_AT }]) { nodes { id } } }
            """, null);
        data.Add("named fragments over interfaces", """
            query Fragments { person(id: "person:rahm-emanuel") { ...Who } node(id: "state:CN") { ...Named ... on State { people(first: 3) { nodes { id } } } } }
            fragment Who on Person { id name quotes(first: 2) { nodes { ...Said } } quotedAbout(first: 2) { totalCount } affiliations { __typename } coMentioned(first: 3) { entity { ...Named } count } }
            fragment Said on Quote { id text about { ... on State { id name } ... on Person { id } ...Named } }
            fragment Named on Entity { __typename id name }
            """, null);
        data.Add("input object, enum and list variables", """
            query Filtered($where: QuoteWhereInput, $order: [QuoteOrderInput!], $ids: [ID!]!) {
              quotes(where: $where, order: $order, first: 4) { nodes { id confidence kind } }
              nodes(ids: $ids) { id ... on Quote { text } ... on Article { title } }
            }
            """, """{"where":{"about":"state:CN","kind":"DIRECT","minConfidence":0.1},"order":[{"field":"CONFIDENCE"}],"ids":["state:JP","person:nobody","person:rahm-emanuel"]}""");
        data.Add("dashboards, events and paths", """
            { stats { articles quotes people states organizations events }
              topSpeakers(first: 3) { entity { id name } count } topSubjects(first: 3) { entity { id } count }
              quoteTimeline(subject: "state:CN", bucket: MONTH) { start count }
              events(first: 5) { totalCount nodes { id type label name aliases date dateText participants { entity { id } role } articles { id } } }
              path(from: "person:rahm-emanuel", to: "state:CN", maxHops: 3) { from { id } relationship to { id } }
              whoSaidAbout(subject: "state:TW", first: 5) { speaker { id name } count quotes(first: 2) { nodes { id } } } }
            """, null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_repeated_query_runs_on_its_plan_and_answers_as_GraphQL_NET_did(string name, string query, string? variables)
    {
        using var executions = new ExecutionCounter(factory.Services);
        var client = factory.CreateGraphQLClient();
        var vars = variables is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(variables);

        var first = await client.PostAsync(query, vars);
        first.Ok();
        var planned = executions["plan"];
        var second = await client.PostAsync(query, vars);

        Assert.True(executions["plan"] > planned, $"{name}: the repeated query did not run on a plan: {second.Text}");
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task A_planned_query_that_ends_in_an_error_answers_with_GraphQL_NETs_error()
    {
        using var executions = new ExecutionCounter(factory.Services);
        var client = factory.CreateGraphQLClient();
        var query = $"query Paged{Guid.NewGuid():N}($first: Int, $id: ID!) {{ quotes(first: $first) {{ nodes {{ id }} }} person(id: $id) {{ name }} }}";
        (await client.PostAsync(query, new { first = 2, id = "person:rahm-emanuel" })).Ok();

        var tooMany = await client.PostAsync(query, new { first = 500, id = "person:rahm-emanuel" });
        Assert.Equal(["BAD_USER_INPUT"], tooMany.ErrorCodes);
        Assert.Equal(["quotes"], tooMany.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var notCoerced = await client.PostAsync(query, new { first = "two", id = "person:rahm-emanuel" });
        Assert.NotEmpty(notCoerced.Errors);
        Assert.Null(notCoerced.Data);
        Assert.True(executions["fallback"] >= 2, "Both requests should have been handed back to GraphQL.NET.");

        var unknown = await client.PostAsync(query, new { first = 1, id = "person:nobody" });
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Single(unknown.Data!["quotes"]!["nodes"]!.AsArray());

        var planned = executions["plan"];
        (await client.PostAsync(query, new { first = 1, id = "person:rahm-emanuel" })).Ok();
        Assert.Equal(planned + 1, executions["plan"]);
    }

    [Fact]
    public async Task A_null_for_a_nullable_variable_that_an_argument_needs_non_null_is_GraphQL_NETs_error()
    {
        var client = factory.CreateGraphQLClient();
        var query = $"query Defaulted{Guid.NewGuid():N}($id: ID = \"person:rahm-emanuel\") {{ person(id: $id) {{ name }} }}";
        var byDefault = (await client.PostAsync(query)).Ok();
        Assert.Equal("Rahm Emanuel", (string?)byDefault["person"]!["name"]);
        Assert.Equal(byDefault.ToJsonString(), (await client.PostAsync(query)).Ok().ToJsonString());

        var explicitNull = await client.PostAsync(query, new Dictionary<string, object?> { ["id"] = null });
        Assert.NotEmpty(explicitNull.Errors);
        Assert.Null(explicitNull.Data);
    }

    [Fact]
    public async Task Mutations_introspection_and_directives_never_run_on_a_plan()
    {
        using var executions = new ExecutionCounter(factory.Services);
        var client = factory.CreateGraphQLClient();
        const string introspection = "{ __schema { queryType { name } } }";
        const string directive = "query($full: Boolean!) { stats { quotes articles @include(if: $full) } }";
        var mutation = $"mutation Ingest{Guid.NewGuid():N}($t: String!) {{ ingestArticle(input: {{text: $t}}) {{ outcome }} }}";
        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsync(introspection)).Ok();
            var stats = (await client.PostAsync(directive, new { full = i == 0 })).Ok()["stats"]!.AsObject();
            Assert.Equal(i == 0, stats.ContainsKey("articles"));
            (await client.PostAsync(mutation, new { t = $"Planned article {i} {Guid.NewGuid():N}." }, ApiFactory.ApiKey)).Ok();
        }
        Assert.Equal(0, executions["plan"]);
        Assert.Equal(6, executions["graphql-net"]);
    }
}
