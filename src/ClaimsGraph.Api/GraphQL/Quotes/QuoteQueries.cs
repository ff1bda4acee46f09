using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

public static class QuoteQueries
{
    public static void AddQuoteQueries(this ObjectGraphType query)
    {
        query.Field<QuoteType>("quote")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Quotes.Load(c.GetId("id", "quote")).RequireFound(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ConnectionType<QuoteType, Quote>>>("quotes")
            .Description("Quotes matching every filter given, newest reporting article first unless 'order' says otherwise.")
            .Argument<IdGraphType>("speaker", "Shorthand for where: { speaker }.")
            .Argument<IdGraphType>("about", "Shorthand for where: { about }.")
            .Argument<IdGraphType>("article", "Shorthand for where: { article }.")
            .Argument<QuoteWhereInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<QuoteOrderInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var filter = ReadFilter(c);
                var order = (c.GetArgument<List<QuoteOrderInput>?>("order") ?? []).Select(QuoteFilterMapper.ToOrder).ToList();
                var store = c.Store();
                return await c.ToQuoteConnectionAsync(page => store.FindQuotesAsync(filter, order, page, c.CancellationToken));
            });
    }

    private static QuoteFilter ReadFilter(IResolveFieldContext context)
    {
        var filter = QuoteFilterMapper.ToFilter(context.GetArgument<QuoteWhere?>("where") ?? new QuoteWhere());
        filter = filter with
        {
            SpeakerId = Merge(filter.SpeakerId, context.GetEntityId("speaker"), "speaker"),
            AboutId = Merge(filter.AboutId, context.GetEntityId("about"), "about"),
            ArticleId = Merge(filter.ArticleId, context.GetNodeId("article"), "article"),
        };
        if (filter.SpeakerId is { } s) NodeIdArguments.RequireKnown(s, "where.speaker", NodeIdArguments.EntityIdTypes);
        if (filter.AboutId is { } a) NodeIdArguments.RequireKnown(a, "where.about", NodeIdArguments.EntityIdTypes);
        if (filter.MinConfidence is < 0 or > 1) throw ClientError.BadUserInput("'where.minConfidence' must be between 0 and 1.");
        if (filter.Text is { } text && string.IsNullOrWhiteSpace(text)) throw ClientError.BadUserInput("'where.text' is empty.");
        return filter;
    }

    /// <summary>The shorthand and the where field may both be given only if they agree.</summary>
    private static string? Merge(string? fromWhere, string? shorthand, string name)
    {
        if (fromWhere is not null && shorthand is not null && fromWhere != shorthand)
            throw ClientError.BadUserInput($"'{name}' and 'where.{name}' disagree; give one of them.");
        return fromWhere ?? shorthand;
    }
}
