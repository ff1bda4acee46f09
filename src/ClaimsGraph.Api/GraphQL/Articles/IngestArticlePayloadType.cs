using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

public sealed record IngestArticlePayload(Article Article, IReadOnlyList<Quote> Quotes, UpsertOutcome Outcome);

public sealed class IngestArticlePayloadType : ObjectGraphType<IngestArticlePayload>
{
    public IngestArticlePayloadType()
    {
        Name = "IngestArticlePayload";
        Field<NonNullGraphType<ArticleType>>("article").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteType>>>>("quotes").Description("The quotes found in the article.")
            .Resolve(c => c.Source.Quotes);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("False when the article was already stored.")
            .Resolve(c => c.Source.Outcome == UpsertOutcome.Created);
        Field<NonNullGraphType<UpsertOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
    }
}

public sealed class UpsertOutcomeType : EnumerationGraphType<UpsertOutcome>
{
    public UpsertOutcomeType()
    {
        Name = "IngestOutcome";
        Description = "CREATED: new article; UNCHANGED: same content already stored; REPLACED: the article changed and was rewritten.";
    }
}
