using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ClaimsGraph.Storage.Sqlite;

public sealed partial class SqliteClaimsStore
{
    /// <summary>
    /// SQLite has one writer at a time. Writers of this process queue here instead of spinning on the
    /// file lock, so many concurrent ingests wait their turn rather than run out the busy timeout;
    /// the busy timeout is left for writers in other processes (the CLI beside the API).
    /// </summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private async Task<T> WriteExclusiveAsync<T>(CancellationToken cancellationToken, Func<Task<T>> write)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await GuardAsync(write);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<UpsertResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var problems = Problems(graph);
        if (problems is not null) throw new ArgumentException(problems, nameof(graph));
        await InitializeAsync(cancellationToken);
        return await WriteExclusiveAsync(cancellationToken, async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            // BeginTransaction() is BEGIN IMMEDIATE: take the write lock now, not halfway through.
            await using var tx = connection.BeginTransaction();
            await using var writer = new SqliteArticleWriter(connection, tx);
            var outcome = await writer.WriteAsync(graph, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return new UpsertResult(graph.Article.Id, outcome);
        });
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        if (graphs.Count == 0) return [];
        await InitializeAsync(cancellationToken);
        return await WriteExclusiveAsync(cancellationToken, async () =>
        {
            var results = new List<UpsertResult>(graphs.Count);
            await using var connection = await OpenAsync(cancellationToken);
            await using var tx = connection.BeginTransaction();
            await using var writer = new SqliteArticleWriter(connection, tx);
            foreach (var graph in graphs)
            {
                var problems = Problems(graph);
                if (problems is not null)
                {
                    results.Add(new UpsertResult(graph.Article.Id, UpsertOutcome.Failed) { Error = problems });
                    continue;
                }
                // A savepoint per article: one bad article rolls back alone, the rest of the batch commits.
                await ExecuteAsync(connection, "SAVEPOINT article;", cancellationToken, tx);
                try
                {
                    var outcome = await writer.WriteAsync(graph, cancellationToken);
                    await ExecuteAsync(connection, "RELEASE article;", cancellationToken, tx);
                    results.Add(new UpsertResult(graph.Article.Id, outcome));
                }
                catch (SqliteException ex) when (!IsUnavailable(ex))
                {
                    await ExecuteAsync(connection, "ROLLBACK TO article; RELEASE article;", cancellationToken, tx);
                    logger.LogWarning(ex, "Article {ArticleId} rolled back", graph.Article.Id);
                    results.Add(new UpsertResult(graph.Article.Id, UpsertOutcome.Failed)
                    {
                        Error = $"The store refused the article's graph ({ex.SqliteErrorCode}: {FirstLine(ex.Message)}).",
                    });
                }
            }
            await tx.CommitAsync(cancellationToken);
            return (IReadOnlyList<UpsertResult>)results;
        });
    }

    public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) =>
        ReadAsync(async connection =>
        {
            await using var command = Command(connection, "SELECT content_hash FROM articles WHERE id = $id");
            command.Parameters.AddWithValue("$id", articleId);
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);

    /// <summary>Why a graph cannot be written (dangling ids, edges of another article), or null when it can.</summary>
    private static string? Problems(ArticleGraph graph)
    {
        if (graph.Article is null) return "The graph has no article.";
        var problems = graph.Validate().ToList();
        var id = graph.Article.Id;
        if (string.IsNullOrWhiteSpace(id)) problems.Add("the article has no id");
        if (string.IsNullOrEmpty(graph.Article.ContentHash)) problems.Add("the article has no content hash");
        if (graph.Mentions.Any(m => m.ArticleId != id)) problems.Add("a mention names another article");
        if (graph.Reports.Any(r => r.ArticleId != id)) problems.Add("a quote report names another article");
        problems.AddRange(QuoteReportPieces.Problems(graph));
        return problems.Count == 0 ? null : "Invalid article graph: " + string.Join("; ", problems.Take(5)) + ".";
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
