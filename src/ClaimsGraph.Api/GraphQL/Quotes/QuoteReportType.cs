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
        Field<SpanType>("span").Description("The quoted words; for a quote given in several pieces, the first piece.")
            .Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.Span));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpanType>>>>("pieces")
            .Description("Every piece of the quoted words in text order, the first being span: an utterance the article gives in "
                + "several pieces (\"“We will win,” she said. “Nobody can stop us.”\") is one quote. A one-piece quote has one piece, its span.")
            .Resolve(c => PiecesIn(c.Loaders(), c.Source));
        Field<SpanType>("cue").Description("The speech verb or phrase (\"told reporters\").")
            .Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.Cue));
        Field<SpanType>("speakerMention").Description("The words naming or referring to the speaker (\"the ambassador\", \"he\").")
            .Resolve(c => SpanIn(c.Loaders(), c.Source, r => r.SpeakerMention));
    }

    public static object? SpanIn(ClaimsGraphLoaders loaders, QuoteReport report, Func<QuoteReport, TextSpan?> span) =>
        WithArticle(loaders, report, article => ArticleSpan.Of(span(report), article));

    /// <summary>The report's pieces (<see cref="QuoteReport.AllPieces"/>) with the words each covers.</summary>
    public static object? PiecesIn(ClaimsGraphLoaders loaders, QuoteReport report) =>
        WithArticle(loaders, report, article => report.AllPieces.Select(piece => ArticleSpan.Of(piece, article)!).ToList());

    /// <summary>Maps the reporting article, from this request's loaded articles or through the batch loader.</summary>
    private static object? WithArticle<T>(ClaimsGraphLoaders loaders, QuoteReport report, Func<Article?, T> map) =>
        loaders.Articles.TryGetLoaded(report.ArticleId, out var article)
            ? map(article)
            : loaders.Articles.Load(report.ArticleId).Then(map);
}
