using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Queries;

/// <summary>Every example operation in schema/operations/ runs without errors against the seeded API, so none rots.</summary>
public sealed class OperationsTests(OperationsTests.Factory factory) : IClassFixture<OperationsTests.Factory>
{
    public sealed class Factory : ApiFactory;

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Operations, "*.graphql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Example_operation_runs_without_errors(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Operations, file));
        var response = await factory.CreateGraphQLClient().PostAsync(query, apiKey: ApiFactory.ApiKey);
        var data = response.Ok();
        Assert.NotEmpty(data.AsObject());
    }

    [Fact]
    public async Task The_README_question_is_answered_from_the_seed_article()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Operations, "WhatDidEmanuelSayAboutChina.graphql"));
        var quotes = (await factory.CreateGraphQLClient().PostAsync(query)).Ok()["person"]!["quotes"]!["nodes"]!.AsArray();
        Assert.Contains(quotes, q => q!["text"]!.GetValue<string>().Contains("much more assertive China"));
    }
}
