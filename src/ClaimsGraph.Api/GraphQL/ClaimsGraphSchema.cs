using ClaimsGraph.Api.GraphQL.Events;
using ClaimsGraph.Api.GraphQL.Organizations;
using ClaimsGraph.Api.GraphQL.People;
using ClaimsGraph.Api.GraphQL.States;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL;

public sealed class ClaimsGraphSchema : Schema
{
    public ClaimsGraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "ClaimsGraph: who said what about whom, from news articles.";
        // Types reachable only through the Node/Entity interfaces must be registered explicitly.
        RegisterType(typeof(PersonType));
        RegisterType(typeof(StateType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(EventType));
    }
}
