using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Relationships;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NodeInterface>("node").Resolve(c => c.Loaders().Node(c.Source.Id));
        Field<NonNullGraphType<SearchableTypeType>>("type").Resolve(c => SearchableTypes.Parse(c.Source.Type));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Higher is better; comparable within one result only.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("The text that matched.").Resolve(c => c.Source.Snippet);
    }
}

/// <summary>What search can find; the store names them by their id prefix (person, state …).</summary>
public enum SearchableType
{
    Person,
    State,
    Organization,
    Event,
    Article,
    Quote,
}

public sealed class SearchableTypeType : EnumerationGraphType<SearchableType>
{
    public SearchableTypeType()
    {
        Name = "SearchableType";
    }
}

public static class SearchableTypes
{
    public static string ToStoreName(SearchableType type) => type.ToString().ToLowerInvariant();

    public static SearchableType Parse(string storeName) =>
        Enum.TryParse<SearchableType>(storeName, ignoreCase: true, out var type) ? type : SearchableType.Quote;
}
