using ClaimsGraph.Api.GraphQL.Articles;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Dashboards;
using ClaimsGraph.Api.GraphQL.Events;
using ClaimsGraph.Api.GraphQL.Organizations;
using ClaimsGraph.Api.GraphQL.People;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Api.GraphQL.Relationships;
using ClaimsGraph.Api.GraphQL.States;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL;

/// <summary>The root query type: each feature folder adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddArticleQueries();
        this.AddPeopleQueries();
        this.AddStateQueries();
        this.AddOrganizationQueries();
        this.AddEventQueries();
        this.AddQuoteQueries();
        this.AddRelationshipQueries();
        this.AddDashboardQueries();
    }
}
