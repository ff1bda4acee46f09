using ClaimsGraph.Domain.Store;
using Riok.Mapperly.Abstractions;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>Client filter/order inputs → the store's query models (compile-time generated, no reflection).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class QuoteFilterMapper
{
    [MapProperty(nameof(QuoteWhere.Speaker), nameof(QuoteFilter.SpeakerId))]
    [MapProperty(nameof(QuoteWhere.About), nameof(QuoteFilter.AboutId))]
    [MapProperty(nameof(QuoteWhere.Article), nameof(QuoteFilter.ArticleId))]
    public static partial QuoteFilter ToFilter(QuoteWhere where);

    public static QuoteOrder ToOrder(QuoteOrderInput input) => new(input.Field, input.Direction == SortDirection.Desc);
}
