using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Ingestion;
using Microsoft.Extensions.Logging;

namespace ClaimsGraph.Cli.Ingest;

/// <summary>
/// Bulk ingest: reads the articles under the given paths, skips those already stored with the same
/// content hash (so an interrupted run resumes cheaply), extracts the rest through the shared
/// <see cref="ArticleIngestor"/> and writes them in batches, each article atomic on its own. A bad
/// article (unreadable, invalid, refused by the store) is recorded and the run goes on.
/// </summary>
public sealed class IngestRunner(IClaimsStore store, ArticleIngestor ingestor, ILogger<IngestRunner> logger)
{
    public const int DefaultBatchSize = 50;

    /// <param name="progress">Called with (bytes done, bytes in all files, summary so far) after each article.</param>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, int batchSize,
        Action<long, long, IngestSummary>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var summary = new IngestSummary();
        await store.InitializeAsync(cancellationToken);
        var (files, problems) = ArticleFileReader.Collect(paths);
        foreach (var problem in problems) summary.Fail(problem.Origin, problem.Error!);
        var totalBytes = files.Sum(f => new FileInfo(f).Length);
        var doneBytes = 0L;
        var batch = new List<(string Origin, ArticleGraph Graph)>(batchSize);

        foreach (var file in files)
        {
            foreach (var item in ArticleFileReader.Read(file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                doneBytes += item.Bytes;
                var graph = await PrepareAsync(item, summary, cancellationToken);
                if (graph is not null)
                {
                    batch.Add((item.Origin, graph));
                    if (batch.Count >= batchSize) await FlushAsync(batch, summary, cancellationToken);
                }
                progress?.Invoke(Math.Min(doneBytes, totalBytes), totalBytes, summary);
            }
        }
        await FlushAsync(batch, summary, cancellationToken);
        progress?.Invoke(totalBytes, totalBytes, summary);
        return summary;
    }

    /// <summary>The article's graph, or null when it failed or is already stored unchanged (both recorded).</summary>
    private async Task<ArticleGraph?> PrepareAsync(IngestItem item, IngestSummary summary, CancellationToken cancellationToken)
    {
        if (item.Input is null)
        {
            summary.Fail(item.Origin, item.Error ?? "unreadable");
            return null;
        }
        try
        {
            var (id, hash) = ingestor.Identify(item.Input);
            if (await store.GetContentHashAsync(id, cancellationToken) == hash)
            {
                summary.Add(UpsertOutcome.Unchanged);
                return null;
            }
            return ingestor.Prepare(item.Input);
        }
        catch (ArticleRejectedException ex)
        {
            summary.Fail(item.Origin, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            // A bug met in one article (the extraction must never throw, but a bulk run should not hang on that promise)
            // costs that article, not the run: logged with its stack for a bug report, recorded, and the run goes on.
            logger.LogError(ex, "Extraction failed on {Origin}", item.Origin);
            summary.Fail(item.Origin, $"extraction failed ({ex.GetType().Name}: {ex.Message}); nothing of it was written");
            return null;
        }
    }

    private async Task FlushAsync(List<(string Origin, ArticleGraph Graph)> batch, IngestSummary summary, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return;
        var results = await store.UpsertArticlesAsync(batch.Select(b => b.Graph).ToList(), cancellationToken);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Outcome == UpsertOutcome.Failed)
            {
                logger.LogWarning("Article from {Origin} was not stored: {Error}", batch[i].Origin, results[i].Error);
                summary.Fail(batch[i].Origin, results[i].Error ?? "refused by the store");
            }
            else
            {
                summary.Add(results[i].Outcome);
            }
        }
        batch.Clear();
    }
}
