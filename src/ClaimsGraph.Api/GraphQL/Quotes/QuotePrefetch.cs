using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>
/// Loads what a page of quotes' selection will ask for (speakers, first reports and their articles, targets)
/// as soon as the page is known: one store call per edge for the whole page, at most two rounds. The quote fields then find their
/// values already loaded and complete at once instead of waiting for one data-loader round per level.
/// </summary>
public static class QuotePrefetch
{
    private static readonly string[] ReportFields = ["article", "span", "pieces", "cue", "speakerMention", "reportedIn"];
    private static readonly string[] ArticleFields = ["article", "span", "pieces", "cue", "speakerMention"];

    /// <summary>The requested page of quotes as a connection, with what its selection asks of each quote loaded.</summary>
    public static async Task<Connection<Quote>> ToQuoteConnectionAsync(this IResolveFieldContext context, Func<PageRequest, Task<Page<Quote>>> fetch)
    {
        var connection = await context.ToConnectionAsync(fetch);
        await PrimeAsync(context, connection.Nodes);
        return connection;
    }

    private static async Task PrimeAsync(IResolveFieldContext context, IReadOnlyList<Quote> quotes)
    {
        if (quotes.Count == 0 || SelectionLookahead.IsInsideList(context)) return;
        var selected = SelectionLookahead.NodeFieldNames(context);
        var loaders = context.Loaders();
        var cancellationToken = context.CancellationToken;

        var reports = SelectsAny(selected, ReportFields)
            ? loaders.QuoteReports.PrimeAsync(quotes.Select(q => q.Id), cancellationToken)
            : Task.CompletedTask;
        var targets = selected.Contains("about")
            ? loaders.QuoteTargets.PrimeAsync(quotes.Select(q => q.Id), cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(reports, targets);

        // Speakers and targets are both entities: one call for both.
        var entityIds = (selected.Contains("speaker") ? quotes.Select(q => q.SpeakerId).OfType<string>() : [])
            .Concat(selected.Contains("about") ? TargetIds(loaders, quotes) : []);
        var entities = loaders.Entities.PrimeAsync(entityIds, cancellationToken);
        var articles = SelectsAny(selected, ArticleFields)
            ? loaders.Articles.PrimeAsync(FirstArticleIds(loaders, quotes), cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(entities, articles);
    }

    private static bool SelectsAny(IReadOnlySet<string> selected, string[] fields)
    {
        foreach (var field in fields)
            if (selected.Contains(field)) return true;
        return false;
    }

    private static IEnumerable<string> TargetIds(ClaimsGraphLoaders loaders, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
            if (loaders.QuoteTargets.TryGetLoaded(quote.Id, out var targets))
                foreach (var target in targets) yield return target.EntityId;
    }

    private static IEnumerable<string> FirstArticleIds(ClaimsGraphLoaders loaders, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
            if (loaders.QuoteReports.TryGetLoaded(quote.Id, out var reports) && reports.Count > 0)
                yield return reports[0].ArticleId;
    }
}
