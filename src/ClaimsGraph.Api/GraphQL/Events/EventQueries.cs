using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Events;

public static class EventQueries
{
    public static void AddEventQueries(this ObjectGraphType query)
    {
        query.Field<EventType>("event")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Entities.Load(c.GetId("id", "event")).Then(e => e as Event).RequireFound(c.GetArgument<string>("id")));

        query.EventConnection("events", "Events matching every filter given, newest first.",
                c => EventFilterMapper.ToFilter(c.GetArgument<EventWhere?>("where") ?? new EventWhere()))
            .Argument<EventWhereInputType>("where");
    }
}
