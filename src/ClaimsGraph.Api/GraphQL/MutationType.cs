using ClaimsGraph.Api.GraphQL.Articles;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddArticleMutations();
        this.AddIngestArticlesMutation();
    }
}
