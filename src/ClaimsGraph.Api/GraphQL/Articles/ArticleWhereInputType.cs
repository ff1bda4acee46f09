using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

public sealed class ArticleWhere
{
    public string? Title { get; set; }
}

public sealed class ArticleWhereInputType : InputObjectGraphType<ArticleWhere>
{
    public ArticleWhereInputType()
    {
        Name = "ArticleWhereInput";
        Field<StringGraphType>("title").Description("Title contains these words (case- and accent-insensitive).");
    }
}
