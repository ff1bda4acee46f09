using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// <c>XConnection { edges { cursor node } nodes pageInfo totalCount }</c> for any node graph type; the
/// name comes from the node type ("QuoteType" → "QuoteConnection").
/// </summary>
public sealed class ConnectionType<TNodeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Items in the whole result, not only this page.")
            .Resolve(c => c.Source.TotalCount);
    }
}

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true);
    }
}

internal static class GraphTypeNames
{
    /// <summary>"PersonType" → "Person": graph type classes here are named after their GraphQL type.</summary>
    public static string Of<TGraphType>()
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
