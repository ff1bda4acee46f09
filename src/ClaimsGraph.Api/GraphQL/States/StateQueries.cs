using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.States;

public static class StateQueries
{
    public static void AddStateQueries(this ObjectGraphType query) =>
        query.AddEntityQueries<StateType, State>(EntityType.State, "state", "states");
}
