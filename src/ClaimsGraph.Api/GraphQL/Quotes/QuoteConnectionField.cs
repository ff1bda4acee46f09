using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>A paged quotes field on any type (Person.quotes, State.quotesAbout, Article.quotes …), newest first.</summary>
public static class QuoteConnectionField
{
    public static FieldBuilder<TSource, object> QuoteConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, string description, Func<IResolveFieldContext<TSource>, QuoteFilter> filter) =>
        type.Field<NonNullGraphType<ConnectionType<QuoteType, Quote>>>(name)
            .Description(description)
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var quoteFilter = filter(c);
                var store = c.Store();
                return await c.ToQuoteConnectionAsync(page => store.FindQuotesAsync(quoteFilter, [], page, c.CancellationToken));
            });
}
