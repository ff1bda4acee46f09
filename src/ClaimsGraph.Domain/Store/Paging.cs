namespace ClaimsGraph.Domain.Store;

/// <summary>Which slice of an ordered result to return. The API turns cursors into offsets.</summary>
public readonly record struct PageRequest(int Offset, int Limit)
{
    public static PageRequest First(int limit) => new(0, limit);
}

/// <summary>One slice of an ordered result and the size of the whole result.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public static Page<T> Empty(int offset = 0) => new([], 0, offset);
}
