using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>A span of an article's text with the words it covers, so clients can highlight the source.</summary>
public sealed record ArticleSpan(int Start, int End, string? Text)
{
    public static ArticleSpan? Of(TextSpan? span, Article? article)
    {
        if (span is not { } s) return null;
        var text = article is not null && s.Start >= 0 && s.End <= article.Text.Length && s.Start <= s.End
            ? article.Text[s.Start..s.End]
            : null;
        return new ArticleSpan(s.Start, s.End, text);
    }
}

public sealed class SpanType : ObjectGraphType<ArticleSpan>
{
    public SpanType()
    {
        Name = "Span";
        Description = "A half-open range [start, end) of UTF-16 code units in the article's text, and the text it covers.";
        Field(x => x.Start);
        Field(x => x.End);
        Field(x => x.Text, nullable: true);
    }
}
