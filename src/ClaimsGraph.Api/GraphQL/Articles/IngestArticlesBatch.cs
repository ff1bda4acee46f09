using System.Diagnostics;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Metrics;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Ingestion;

namespace ClaimsGraph.Api.GraphQL.Articles;

/// <summary>
/// Runs one <c>ingestArticles</c> batch through the shared <see cref="ArticleIngestor"/>: prepare (validate
/// and extract) each article, then one <see cref="IClaimsStore.UpsertArticlesAsync"/> call in which each
/// article is atomic. A rejected or crashing article becomes a FAILED result; the others go on.
/// </summary>
public sealed class IngestArticlesBatch(ArticleIngestor ingestor, IClaimsStore store, ClaimsGraphMetrics metrics, ILogger<IngestArticlesBatch> logger)
{
    public const string ExtractionFailed = "EXTRACTION_FAILED";
    public const string StoreRefused = "STORE_REFUSED";

    public async Task<IngestArticlesPayload> RunAsync(IReadOnlyList<ArticleInput> inputs)
    {
        var started = Stopwatch.GetTimestamp();
        var results = new IngestArticleResult?[inputs.Count];
        var prepared = new List<(int Index, ArticleGraph Graph)>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var extractionStarted = Stopwatch.GetTimestamp();
            try
            {
                prepared.Add((i, ingestor.Prepare(inputs[i])));
                metrics.ExtractionTook(Stopwatch.GetElapsedTime(extractionStarted));
            }
            catch (ArticleRejectedException e)
            {
                results[i] = Failed(i, null, e.Code, e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in extraction on one strange article must not cost the rest of the batch.
                logger.LogError(e, "Extraction failed for article {Index} of an ingestArticles batch", i);
                results[i] = Failed(i, null, ExtractionFailed, "Extraction failed on this article; the server log has the details.");
            }
        }

        if (prepared.Count > 0)
        {
            // Not the request's token: once extraction is done the write always completes, so a client that
            // disconnects or a server that is shutting down never leaves the batch half-reported.
            var written = await store.UpsertArticlesAsync(prepared.Select(p => p.Graph).ToList(), CancellationToken.None);
            for (var k = 0; k < prepared.Count; k++)
            {
                var (index, graph) = prepared[k];
                var result = written[k];
                results[index] = result.Outcome == UpsertOutcome.Failed
                    ? Failed(index, graph, StoreRefused, result.Error ?? "The store refused the article.")
                    : new IngestArticleResult(index, result.Outcome, graph.Article, graph.Quotes.Count, null, null);
            }
        }

        foreach (var result in results)
        {
            if (result!.Outcome == UpsertOutcome.Failed) metrics.ArticleFailed();
            else metrics.ArticleIngested(result.Outcome);
        }
        metrics.IngestTook(Stopwatch.GetElapsedTime(started));
        return new IngestArticlesPayload(results!);
    }

    private static IngestArticleResult Failed(int index, ArticleGraph? graph, string code, string message) =>
        new(index, UpsertOutcome.Failed, graph?.Article, 0, code, message);
}
