using ClaimsGraph.Storage.Sqlite;

namespace ClaimsGraph.Storage.Tests.Sqlite;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("china", "\"china\"")]
    [InlineData("  new   era ", "\"new\" \"era\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("a OR b", "\"a\" \"OR\" \"b\"")]
    [InlineData("col:value", "\"col:value\"")]
    public void Every_token_becomes_a_quoted_string(string input, string expected) =>
        Assert.Equal(expected, FtsQuery.Build(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** ( ) \" -")]
    public void Text_without_words_matches_nothing(string? input) => Assert.Null(FtsQuery.Build(input));

    [Fact]
    public void The_last_token_can_match_as_a_prefix() =>
        Assert.Equal("\"rahm\" \"eman\"*", FtsQuery.Build("rahm eman", prefixLast: true));
}
