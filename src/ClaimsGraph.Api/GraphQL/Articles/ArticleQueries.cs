using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

public static class ArticleQueries
{
    public static void AddArticleQueries(this ObjectGraphType query)
    {
        query.Field<ArticleType>("article")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Articles.Load(c.GetId("id", "article")).RequireFound(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ConnectionType<ArticleType, Article>>>("articles")
            .Description("Articles, newest published first.")
            .Argument<ArticleWhereInputType>("where")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var title = c.GetArgument<ArticleWhere?>("where")?.Title;
                var store = c.Store();
                return await c.ToConnectionAsync(page => store.ListArticlesAsync(title, page, c.CancellationToken));
            });
    }
}
