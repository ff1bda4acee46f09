using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.People;

public static class PeopleQueries
{
    public static void AddPeopleQueries(this ObjectGraphType query) =>
        query.AddEntityQueries<PersonType, Person>(EntityType.Person, "person", "people");
}
