using ClaimsGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.GraphQL.Articles;

public static class IngestArticlesMutation
{
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    /// <summary>Needs an API key (checked before execution by <c>OperationAccess</c>).</summary>
    public static void AddIngestArticlesMutation(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<IngestArticlesPayloadType>>("ingestArticles")
            .Description("Ingests a batch of articles (at most Ingestion:MaxBatchSize). Each article is atomic; articles already stored " +
                         "with the same content are UNCHANGED; a failed article is reported with its reason and the batch goes on (needs X-Api-Key).")
            .Argument<NonNullGraphType<IngestArticlesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var input = c.GetArgument<IngestArticlesInput>("input");
                var limit = services.GetRequiredService<IOptions<IngestBatchOptions>>().Value.MaxBatchSize;
                if (input.Articles.Count == 0) throw ClientError.BadUserInput("Give at least one article.");
                if (input.Articles.Count > limit)
                    throw new ClientError(BatchTooLarge,
                        $"The batch has {input.Articles.Count} articles; the limit (Ingestion:MaxBatchSize) is {limit}. Nothing was written.");
                var articles = input.Articles.Select(IngestArticleInputMapper.ToArticleInput).ToList();
                return await services.GetRequiredService<IngestArticlesBatch>().RunAsync(articles);
            });
}
