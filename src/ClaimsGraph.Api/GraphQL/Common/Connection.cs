using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>A Relay connection over one store page: cursors are positions in the whole ordered result.</summary>
public sealed class Connection<T>(Page<T> page)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = page.Items.Select((item, i) => new Edge<T>(page.Offset + i, item)).ToList();

    public IReadOnlyList<T> Nodes => page.Items;

    public int TotalCount => page.TotalCount;

    public PageInfo PageInfo => new(
        page.HasNextPage,
        page.HasPreviousPage,
        Edges.Count > 0 ? Edges[0].Cursor : null,
        Edges.Count > 0 ? Edges[^1].Cursor : null);
}

/// <summary>An item with its position; the cursor is encoded only when a selection asks for it (most never do).</summary>
public sealed class Edge<T>(int position, T node)
{
    public string Cursor => Common.Cursor.Encode(position);

    public T Node => node;
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
