using ClaimsGraph.Api.GraphQL.Articles;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>One article's report of a quote: where in the article, with the cue and the speaker mention.</summary>
public sealed class QuoteReportType : ObjectGraphType<QuoteReport>
{
    public QuoteReportType()
    {
        Name = "QuoteReport";
        Field<NonNullGraphType<ArticleType>>("article").Resolve(c => c.Loaders().Articles.ValueOrLoad(c.Source.ArticleId));
        Field<SpanType>("span").Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.Span));
        Field<SpanType>("cue").Description("The speech verb or phrase (\"told reporters\").")
            .Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.Cue));
        Field<SpanType>("speakerMention").Description("The words naming or referring to the speaker (\"the ambassador\", \"he\").")
            .Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.SpeakerMention));
    }

    public static object? SpanIn(ClaimsGraphLoaders loaders, QuoteReport report, Func<QuoteReport, TextSpan?> span) =>
        loaders.Articles.TryGetLoaded(report.ArticleId, out var article)
            ? ArticleSpan.Of(span(report), article)
            : loaders.Articles.Load(report.ArticleId).Then(a => ArticleSpan.Of(span(report), a));
}
