using ClaimsGraph.Api.GraphQL;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Schema;

public sealed class SchemaDriftTests
{
    [Fact]
    public void Committed_schema_matches_the_running_schema()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, SchemaSdl.RelativePath)).ReplaceLineEndings("\n");
        var running = SchemaSdl.Print();
        Assert.True(committed == running,
            "schema/schema.graphql is out of date: run `dotnet run --project src/ClaimsGraph.Cli -- export-schema` and commit it.");
    }

    [Fact]
    public void Schema_has_the_fields_the_issues_name()
    {
        var sdl = SchemaSdl.Print();
        foreach (var field in new[]
                 {
                     "node(id: ID!): Node", "nodes(ids: [ID!]!): [Node]!", "whoSaidAbout(", "): [SpeakerQuotes!]!",
                     "ingestArticle(input: IngestArticleInput!): IngestArticlePayload!", "type QuoteConnection", "totalCount: Int!",
                     "hasPreviousPage: Boolean!", "startCursor: String", "interface Node", "quoteTimeline(", "topSpeakers(", "path(",
                 })
            Assert.Contains(field, sdl);
    }
}
