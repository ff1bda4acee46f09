using ClaimsGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

public sealed class QuoteWhereInputType : InputObjectGraphType<QuoteWhere>
{
    public QuoteWhereInputType()
    {
        Name = "QuoteWhereInput";
        Description = "Every field given must hold (AND).";
        Field<IdGraphType>("speaker").Description("Said by this entity.");
        Field<IdGraphType>("about").Description("About this entity.");
        Field<IdGraphType>("article").Description("Reported in this article.");
        Field<QuoteKindType>("kind");
        Field<StringGraphType>("text").Description("Full-text match on the quote's words.");
        Field<StringGraphType>("source").Description("Reported by this publisher.");
        Field<IsoDateTimeOffsetGraphType>("publishedAfter").Description("Reported in an article published at or after this instant.");
        Field<IsoDateTimeOffsetGraphType>("publishedBefore").Description("Reported in an article published before this instant.");
        Field<FloatGraphType>("minConfidence").Description("Attribution confidence at least this, in [0, 1].");
    }
}
