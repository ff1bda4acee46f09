using System.Text.RegularExpressions;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Docs;

/// <summary>Every GraphQL block of README.md runs without errors against the service with the sample article loaded.</summary>
public sealed partial class ReadmeExamplesTests(ReadmeExamplesTests.Factory factory) : IClassFixture<ReadmeExamplesTests.Factory>
{
    public sealed class Factory : ApiFactory;

    public static TheoryData<int> Blocks()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ReadBlocks().Count; i++) data.Add(i);
        return data;
    }

    [Fact]
    public void The_README_shows_the_headline_questions()
    {
        var blocks = ReadBlocks();
        Assert.True(blocks.Count >= 4, $"README has {blocks.Count} graphql blocks");
        Assert.Contains(blocks, b => b.Contains("person:rahm-emanuel") && b.Contains("state:CN"));
        Assert.Contains(blocks, b => b.Contains("state:TW"));
        Assert.Contains(blocks, b => b.Contains("path("));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task README_example_runs_without_errors(int index)
    {
        var query = ReadBlocks()[index];
        var data = (await factory.CreateGraphQLClient().PostAsync(query, apiKey: ApiFactory.ApiKey)).Ok();
        Assert.NotEmpty(data.AsObject());
    }

    [Fact]
    public async Task The_first_README_question_is_answered_from_the_sample_article()
    {
        var query = ReadBlocks().First(b => b.Contains("person:rahm-emanuel") && b.Contains("state:CN"));
        var text = (await factory.CreateGraphQLClient().PostAsync(query)).Text;
        Assert.Contains("much more assertive China", text);
    }

    private static List<string> ReadBlocks() =>
        GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))
            .Select(m => m.Groups[1].Value)
            .ToList();

    [GeneratedRegex(@"```graphql\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
