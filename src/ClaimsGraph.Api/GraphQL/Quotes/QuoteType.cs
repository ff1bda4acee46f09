using ClaimsGraph.Api.GraphQL.Articles;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>
/// A claim. The article, span, pieces, cue and speaker mention are those of the first article that reported it;
/// <c>reportedIn</c> lists every report.
/// </summary>
public sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "Words attributed to a speaker, about some entities, reported by one or more articles.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Quote;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<QuoteKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How sure the extraction is of the attribution, in [0, 1].")
            .Resolve(c => c.Source.Confidence);
        Field<EntityInterface>("speaker").Description("Who said it; null for anonymous sources (see sourceDescription).")
            .Resolve(c => c.Source.SpeakerId is { } id ? c.Loaders().Entities.ValueOrLoad(id) : null);
        Field<StringGraphType>("sourceDescription").Description("How an unnamed source was described (\"officials familiar with the matter\").")
            .Resolve(c => c.Source.SourceDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("about")
            .Description("What the quote is about, most central first.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                if (loaders.QuoteTargets.TryGetLoaded(c.Source.Id, out var loaded) && LoadedEntities(loaders, loaded) is { } entities)
                    return entities;
                return loaders.QuoteTargets.Load(c.Source.Id)
                    .Then(targets => loaders.Entities.LoadMany((targets ?? []).Select(t => t.EntityId)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteReportType>>>>("reportedIn")
            .Description("Every article that reported the quote, oldest first.")
            .Resolve(c => c.Loaders().QuoteReports.TryGetLoaded(c.Source.Id, out var reports)
                ? reports
                : c.Loaders().QuoteReports.Load(c.Source.Id).Then(loaded => loaded ?? []));
        Field<ArticleType>("article").Description("The first article that reported the quote.")
            .Resolve(c => LoadedFirstReport(c, out var report)
                ? report is null ? null : c.Loaders().Articles.ValueOrLoad(report.ArticleId)
                : FirstReport(c).Then(r => r is null ? null : (object)c.Loaders().Articles.Load(r.ArticleId)));
        Field<SpanType>("span").Description("The quoted words in the first reporting article.")
            .Resolve(c => ReportSpan(c, r => r.Span));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpanType>>>>("pieces")
            .Description("Every piece of the quoted words in the first reporting article, in text order, the first being span "
                + "(one piece for a quote given in one piece; empty only when no article reports the quote).")
            .Resolve(c => FromFirstReport(c, r => QuoteReportType.PiecesIn(c.Loaders(), r), none: Array.Empty<ArticleSpan>()));
        Field<SpanType>("cue").Resolve(c => ReportSpan(c, r => r.Cue));
        Field<SpanType>("speakerMention").Resolve(c => ReportSpan(c, r => r.SpeakerMention));
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<QuoteReport?> FirstReport(IResolveFieldContext<Quote> context) =>
        context.Loaders().QuoteReports.Load(context.Source.Id).Then(reports => reports is { Count: > 0 } ? reports[0] : null);

    /// <summary>The targets' entities when every one is already loaded, else null.</summary>
    private static List<Entity>? LoadedEntities(ClaimsGraphLoaders loaders, IReadOnlyList<QuoteTarget> targets)
    {
        var entities = new List<Entity>(targets.Count);
        foreach (var target in targets)
        {
            if (!loaders.Entities.TryGetLoaded(target.EntityId, out var entity)) return null;
            entities.Add(entity);
        }
        return entities;
    }

    /// <summary>The first report when this request has already loaded the quote's reports (null if it has none).</summary>
    private static bool LoadedFirstReport(IResolveFieldContext<Quote> context, out QuoteReport? first)
    {
        var loaded = context.Loaders().QuoteReports.TryGetLoaded(context.Source.Id, out var reports);
        first = loaded && reports.Count > 0 ? reports[0] : null;
        return loaded;
    }

    private static object? ReportSpan(IResolveFieldContext<Quote> context, Func<QuoteReport, TextSpan?> span) =>
        FromFirstReport(context, r => QuoteReportType.SpanIn(context.Loaders(), r, span), none: null);

    /// <summary>A value of the first report (from this request's loaded reports or the batch loader), or <paramref name="none"/> without one.</summary>
    private static object? FromFirstReport(IResolveFieldContext<Quote> context, Func<QuoteReport, object?> map, object? none)
    {
        if (LoadedFirstReport(context, out var report))
            return report is null ? none : map(report);
        return FirstReport(context).Then(r => r is null ? none : map(r));
    }
}
