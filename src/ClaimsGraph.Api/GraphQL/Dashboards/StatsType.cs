using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Dashboards;

public sealed class StatsType : ObjectGraphType<StoreStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "How many nodes of each type the graph holds.";
        Field(x => x.Articles);
        Field(x => x.People);
        Field(x => x.States);
        Field(x => x.Organizations);
        Field(x => x.Events);
        Field(x => x.Quotes);
    }
}
