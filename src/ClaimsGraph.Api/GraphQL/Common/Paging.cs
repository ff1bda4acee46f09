using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// Relay paging arguments (first/after/last/before) turned into store page requests. Default page 20,
/// maximum 200: a larger page is refused with BAD_USER_INPUT rather than silently cut.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>Adds first, after, last and before to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"Items after 'after' (default {DefaultPageSize}, at most {MaxPageSize}).")
            .Argument<StringGraphType>("after", "Cursor of the item to start after.")
            .Argument<IntGraphType>("last", $"Items before 'before' (at most {MaxPageSize}).")
            .Argument<StringGraphType>("before", "Cursor of the item to end before.");

    /// <summary>Reads the paging arguments, asks the store for that slice, and wraps it as a connection.</summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IResolveFieldContext context, Func<PageRequest, Task<Page<T>>> fetch)
    {
        var window = PageWindow.From(context);
        var page = await FetchAsync(window, fetch);
        return new Connection<T>(page);
    }

    /// <summary>A plain "first N" argument for ranked lists that are not connections.</summary>
    public static int ReadFirst(this IResolveFieldContext context, int defaultValue = DefaultPageSize)
    {
        var first = context.GetArgument<int?>("first") ?? defaultValue;
        return PageWindow.CheckSize(first, "first");
    }

    private static async Task<Page<T>> FetchAsync<T>(PageWindow window, Func<PageRequest, Task<Page<T>>> fetch)
    {
        if (window.Last is not { } last) return await fetch(new PageRequest(window.Start, window.Limit));

        // "last N" counts back from 'before', or from the end: the end is only known after a count.
        var end = window.End ?? (await fetch(new PageRequest(0, 0))).TotalCount;
        var offset = Math.Max(window.Start, end - last);
        return await fetch(new PageRequest(offset, Math.Max(0, end - offset)));
    }

    private sealed record PageWindow(int Start, int Limit, int? Last, int? End)
    {
        public static PageWindow From(IResolveFieldContext context)
        {
            var first = context.GetArgument<int?>("first");
            var last = context.GetArgument<int?>("last");
            var after = context.GetArgument<string?>("after");
            var before = context.GetArgument<string?>("before");
            if (first is not null && last is not null)
                throw ClientError.BadUserInput("Give 'first' or 'last', not both.");

            var start = after is null ? 0 : Cursor.Decode(after, "after") + 1;
            int? end = before is null ? null : Cursor.Decode(before, "before");
            if (end < start) end = start;

            if (last is not null) return new PageWindow(start, 0, CheckSize(last.Value, "last"), end);
            var limit = CheckSize(first ?? DefaultPageSize, "first");
            if (end is not null) limit = Math.Min(limit, end.Value - start);
            return new PageWindow(start, limit, null, end);
        }

        public static int CheckSize(int size, string argument) => size switch
        {
            < 0 => throw ClientError.BadUserInput($"'{argument}' cannot be negative."),
            > MaxPageSize => throw ClientError.BadUserInput($"'{argument}' is {size}; the largest page is {MaxPageSize}."),
            _ => size,
        };
    }
}
