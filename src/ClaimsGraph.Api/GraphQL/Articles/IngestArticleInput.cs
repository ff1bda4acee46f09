using ClaimsGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

/// <summary>The input of <c>ingestArticle</c>: the article as text or html (exactly one), and what is known about it.</summary>
public sealed class IngestArticleInput
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

public sealed class IngestArticleInputType : InputObjectGraphType<IngestArticleInput>
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "Give text or html, not both. The same article (same url, or same text) ingested twice changes nothing.";
        Field<StringGraphType>("text");
        Field<StringGraphType>("html").Description("Reduced to its readable text before extraction.");
        Field<StringGraphType>("url").Description("The article's identity when given.");
        Field<StringGraphType>("title").Description("Defaults to the first line of the text.");
        Field<StringGraphType>("source").Description("The publisher.");
        Field<IsoDateTimeOffsetGraphType>("publishedAt").Description("Resolves relative dates (\"on Friday\").");
    }
}
