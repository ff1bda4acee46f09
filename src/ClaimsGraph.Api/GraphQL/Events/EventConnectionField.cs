using System.Globalization;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Events;

/// <summary>A paged events field, newest first: the root <c>events(where)</c> and State/Organization.events.</summary>
public static class EventConnectionField
{
    public static FieldBuilder<TSource, object> EventConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, string description) where TSource : Entity =>
        type.EventConnection(name, description, c => new EventFilter { InvolvesId = c.Source.Id });

    public static FieldBuilder<TSource, object> EventConnection<TSource>(
        this ObjectGraphType<TSource> type, string name, string description, Func<IResolveFieldContext<TSource>, EventFilter> filter) =>
        type.Field<NonNullGraphType<ConnectionType<EventType, Event>>>(name)
            .Description(description)
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var eventFilter = Checked(filter(c));
                var store = c.Store();
                return await c.ToConnectionAsync(page => store.FindEventsAsync(eventFilter, page, c.CancellationToken));
            });

    private static EventFilter Checked(EventFilter filter)
    {
        CheckDate(filter.From, "where.from");
        CheckDate(filter.To, "where.to");
        if (filter.InvolvesId is { } id) NodeIdArguments.RequireKnown(id, "where.involves", NodeIdArguments.EntityIdTypes);
        return filter;
    }

    /// <summary>ISO dates, possibly partial: 2024, 2024-04, 2024-04-10.</summary>
    private static void CheckDate(string? value, string argument)
    {
        if (value is null) return;
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw ClientError.BadUserInput($"'{argument}' must be an ISO date (2024, 2024-04 or 2024-04-10), not '{value}'.");
    }
}
