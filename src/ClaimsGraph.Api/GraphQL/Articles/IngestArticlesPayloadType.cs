using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

/// <summary>What happened to the article at <see cref="Index"/> of the batch; <see cref="Article"/> is null when it failed before extraction.</summary>
public sealed record IngestArticleResult(int Index, UpsertOutcome Outcome, Article? Article, int QuoteCount, string? ErrorCode, string? ErrorMessage);

public sealed record IngestArticlesPayload(IReadOnlyList<IngestArticleResult> Results)
{
    public int Count(UpsertOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}

public sealed class IngestArticleResultType : ObjectGraphType<IngestArticleResult>
{
    public IngestArticleResultType()
    {
        Name = "IngestArticleResult";
        Field<NonNullGraphType<IntGraphType>>("index").Description("The article's position in the input list, from 0.")
            .Resolve(c => c.Source.Index);
        Field<NonNullGraphType<UpsertOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<IdGraphType>("articleId").Resolve(c => c.Source.Article?.Id);
        Field<ArticleType>("article").Description("Null when the article failed before extraction.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<IntGraphType>>("quoteCount").Resolve(c => c.Source.QuoteCount);
        Field<StringGraphType>("errorCode").Description($"When FAILED: {ErrorCodes.BadUserInput}, {ErrorCodes.ArticleTooLarge}, EXTRACTION_FAILED or STORE_REFUSED.")
            .Resolve(c => c.Source.ErrorCode);
        Field<StringGraphType>("error").Description("When FAILED: why, in words.").Resolve(c => c.Source.ErrorMessage);
    }
}

public sealed class IngestArticlesPayloadType : ObjectGraphType<IngestArticlesPayload>
{
    public IngestArticlesPayloadType()
    {
        Name = "IngestArticlesPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestArticleResultType>>>>("results")
            .Description("One result per input article, in input order.").Resolve(c => c.Source.Results);
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(c => c.Source.Count(UpsertOutcome.Created));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(c => c.Source.Count(UpsertOutcome.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("replaced").Resolve(c => c.Source.Count(UpsertOutcome.Replaced));
        Field<NonNullGraphType<IntGraphType>>("failed").Resolve(c => c.Source.Count(UpsertOutcome.Failed));
    }
}
