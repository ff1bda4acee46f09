using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

public sealed class ArticleType : ObjectGraphType<Article>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "An ingested news article; every span in the graph indexes its text.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Article;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("source").Description("The publisher.").Resolve(c => c.Source.Source);
        Field<IsoDateTimeOffsetGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<IsoDateTimeOffsetGraphType>>("ingestedAt").Resolve(c => c.Source.IngestedAt);
        Field<NonNullGraphType<IntGraphType>>("wordCount").Resolve(c => c.Source.WordCount);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text the extraction ran over.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("Entities the article mentions, most mentioned first.")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.Id).Then(m => m ?? []));
        this.QuoteConnection("quotes", "Quotes this article reported.", c => new QuoteFilter { ArticleId = c.Source.Id });
    }
}
