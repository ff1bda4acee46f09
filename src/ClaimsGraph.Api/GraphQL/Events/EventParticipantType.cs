using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Events;

public sealed class EventParticipantType : ObjectGraphType<EventParticipant>
{
    public EventParticipantType()
    {
        Name = "EventParticipant";
        Field<NonNullGraphType<StringGraphType>>("role").Description("HOST, GUEST, PARTICIPANT, PLACE, AFFECTED …")
            .Resolve(c => c.Source.Role);
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.EntityId));
    }
}
