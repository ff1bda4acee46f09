using ClaimsGraph.Domain.Store;
using ClaimsGraph.Extraction.Ingestion;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Startup;

/// <summary>
/// At start: create or migrate the store's schema, then, when it holds no article, ingest the samples so
/// the README's example queries answer at once. An unreachable store is logged, not fatal: GraphQL then
/// answers STORE_UNAVAILABLE and /health/ready reports it.
/// </summary>
public sealed class StoreStartup(
    IClaimsStore store,
    ArticleIngestor ingestor,
    IOptions<SamplesOptions> samples,
    IWebHostEnvironment environment,
    ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            if (samples.Value.IngestWhenEmpty && (await store.GetStatsAsync(cancellationToken)).Articles == 0)
                await IngestSamplesAsync(cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "The store is unavailable at start; the API runs and answers STORE_UNAVAILABLE until it is back");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task IngestSamplesAsync(CancellationToken cancellationToken)
    {
        var folder = samples.Value.Path is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : FindSamplesFolder(environment.ContentRootPath);
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogInformation("The store is empty and no samples folder was found (Samples:Path)");
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            try
            {
                var outcome = await ingestor.IngestAsync(new ArticleInput(await File.ReadAllTextAsync(file, cancellationToken)), cancellationToken);
                logger.LogInformation("Ingested sample {File}: {ArticleId} {Outcome}, {Quotes} quotes",
                    Path.GetFileName(file), outcome.Result.ArticleId, outcome.Result.Outcome, outcome.Graph.Quotes.Count);
            }
            catch (ArticleRejectedException e)
            {
                logger.LogWarning("Sample {File} was rejected: {Reason}", Path.GetFileName(file), e.Message);
            }
        }
    }

    private static string? FindSamplesFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
