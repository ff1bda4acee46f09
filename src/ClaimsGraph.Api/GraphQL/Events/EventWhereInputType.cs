using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Events;

/// <summary>The <c>where</c> argument of <c>events</c>.</summary>
public sealed class EventWhere
{
    public string? Type { get; set; }
    public string? Involves { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class EventWhereInputType : InputObjectGraphType<EventWhere>
{
    public EventWhereInputType()
    {
        Name = "EventWhereInput";
        Field<StringGraphType>("type").Description("VISIT, SUMMIT …");
        Field<IdGraphType>("involves").Description("An entity that takes part in it or where it happened.");
        Field<StringGraphType>("from").Description("ISO date (inclusive), e.g. 2024-04-01.");
        Field<StringGraphType>("to").Description("ISO date (inclusive).");
    }
}
