using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>One sort key of <c>quotes(order: [...])</c>.</summary>
public sealed class QuoteOrderInput
{
    public QuoteOrderField Field { get; set; }
    public SortDirection Direction { get; set; } = SortDirection.Desc;
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class QuoteOrderInputType : InputObjectGraphType<QuoteOrderInput>
{
    public QuoteOrderInputType()
    {
        Name = "QuoteOrderInput";
        Field<NonNullGraphType<QuoteOrderFieldType>>("field");
        Field<SortDirectionType>("direction").DefaultValue(SortDirection.Desc);
    }
}

public sealed class QuoteOrderFieldType : EnumerationGraphType<QuoteOrderField>
{
    public QuoteOrderFieldType()
    {
        Name = "QuoteOrderField";
        Description = "PUBLISHED_AT: when the reporting article was published; CONFIDENCE; TEXT. Ties are broken by id.";
    }
}

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType()
    {
        Name = "SortDirection";
    }
}
