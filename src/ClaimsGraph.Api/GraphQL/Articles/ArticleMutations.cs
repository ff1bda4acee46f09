using System.Diagnostics;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Metrics;
using ClaimsGraph.Extraction.Ingestion;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.GraphQL.Articles;

public static class ArticleMutations
{
    /// <summary>Needs an API key (checked before execution by <c>OperationAccess</c>).</summary>
    public static void AddArticleMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<IngestArticlePayloadType>>("ingestArticle")
            .Description("Extracts who said what about whom from one article and stores it atomically (needs X-Api-Key).")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = IngestArticleInputMapper.ToArticleInput(c.GetArgument<IngestArticleInput>("input"));
                var ingestor = c.RequestServices!.GetRequiredService<ArticleIngestor>();
                var metrics = c.RequestServices!.GetRequiredService<ClaimsGraphMetrics>();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    // No request token: a started ingest completes even when the client leaves or the server is stopping.
                    var outcome = await ingestor.IngestAsync(input, CancellationToken.None);
                    metrics.ArticleIngested(outcome.Result.Outcome);
                    return new IngestArticlePayload(outcome.Graph.Article, outcome.Graph.Quotes, outcome.Result.Outcome);
                }
                catch (ArticleRejectedException e)
                {
                    metrics.ArticleFailed();
                    throw new ClientError(e.Code, e.Message);
                }
                finally
                {
                    metrics.IngestTook(Stopwatch.GetElapsedTime(started));
                }
            });
}
