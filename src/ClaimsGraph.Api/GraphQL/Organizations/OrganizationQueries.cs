using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Organizations;

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this ObjectGraphType query) =>
        query.AddEntityQueries<OrganizationType, Organization>(EntityType.Organization, "organization", "organizations");
}
