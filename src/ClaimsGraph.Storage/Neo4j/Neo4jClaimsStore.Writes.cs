using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ClaimsGraph.Storage.Neo4j;

public sealed partial class Neo4jClaimsStore
{
    public async Task<UpsertResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return (await UpsertArticlesAsync([graph], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Up to <see cref="Neo4jOptions.ArticlesPerTransaction"/> articles a transaction. A batch is all or
    /// nothing, which keeps each article atomic; an article id seen twice starts a new batch so that the
    /// second copy is compared with the first.
    /// </summary>
    public async Task<IReadOnlyList<UpsertResult>> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        foreach (var graph in graphs) CheckGraph(graph);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);

        var results = new List<UpsertResult>(graphs.Count);
        foreach (var batch in Batches(graphs, Math.Max(1, _options.ArticlesPerTransaction)))
        {
            results.AddRange(await Guard(() => WriteBatchAsync(batch, cancellationToken)).ConfigureAwait(false));
        }
        return results;
    }

    public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        return ReadAsync(async () =>
        {
            var result = await RunAsync(ReadStatements.ContentHash, P(("articleId", articleId)), cancellationToken).ConfigureAwait(false);
            return result.Records.Count == 0 ? null : result.Records[0].NullableString("contentHash");
        }, cancellationToken);
    }

    private Task<IReadOnlyList<UpsertResult>> WriteBatchAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        var articleIds = batch.Select(g => g.Article.Id).ToList();
        return _client.ExecuteWriteAsync<IReadOnlyList<UpsertResult>>(async (tx, ct) =>
        {
            var stored = tx.FirstResult.Records.ToDictionary(r => r.String("articleId"), r => r.NullableString("contentHash"), StringComparer.Ordinal);
            var results = new List<UpsertResult>(batch.Count);
            var changed = new List<ArticleGraph>();
            var replaced = new List<string>();
            foreach (var graph in batch)
            {
                var hash = stored.GetValueOrDefault(graph.Article.Id);
                var outcome = hash is null ? UpsertOutcome.Created
                    : hash == graph.Article.ContentHash ? UpsertOutcome.Unchanged
                    : UpsertOutcome.Replaced;
                results.Add(new UpsertResult(graph.Article.Id, outcome));
                if (outcome != UpsertOutcome.Unchanged) changed.Add(graph);
                if (outcome == UpsertOutcome.Replaced) replaced.Add(graph.Article.Id);
            }
            if (changed.Count == 0)
            {
                await tx.RollbackAsync(ct).ConfigureAwait(false);
                return results;
            }

            var candidates = new HashSet<string>(StringComparer.Ordinal);
            if (replaced.Count > 0)
            {
                var deleted = await tx.RunAsync(WriteStatements.DeleteContributions.Text, P(("articleIds", replaced)), ct).ConfigureAwait(false);
                foreach (var record in deleted.Records)
                {
                    if (record.NullableString("fromId") is { } from) candidates.Add(from);
                    if (record.NullableString("toId") is { } to) candidates.Add(to);
                }
            }
            foreach (var (statement, rows) in Neo4jUpsertRows.For(changed))
            {
                foreach (var chunk in rows.Chunk(Math.Max(1, _options.BatchRows)))
                {
                    await tx.RunAsync(statement.Text, P(("rows", chunk)), ct).ConfigureAwait(false);
                }
            }
            if (candidates.Count > 0)
            {
                await tx.RunAsync(WriteStatements.RemoveOrphans.Text, P(("candidateIds", candidates.ToList())), ct).ConfigureAwait(false);
            }
            _logger.LogDebug("Neo4j upsert of {Count} articles ({Replaced} replaced) in transaction {Tx}", changed.Count, replaced.Count, tx.Id);
            return results;
        }, WriteStatements.ContentHashes.Text, P(("articleIds", articleIds)), cancellationToken);
    }

    private static void CheckGraph(ArticleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var id = graph.Article.Id;
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("The article has no id.", nameof(graph));
        var problems = graph.Validate().ToList();
        problems.AddRange(graph.Mentions.Where(m => m.ArticleId != id).Select(m => $"mention of '{m.EntityId}' belongs to article '{m.ArticleId}'"));
        problems.AddRange(graph.Reports.Where(r => r.ArticleId != id).Select(r => $"report of '{r.QuoteId}' belongs to article '{r.ArticleId}'"));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Article graph '{id}' is inconsistent: {string.Join("; ", problems.Take(5))}", nameof(graph));
        }
    }

    private static IEnumerable<IReadOnlyList<ArticleGraph>> Batches(IReadOnlyList<ArticleGraph> graphs, int size)
    {
        var batch = new List<ArticleGraph>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            if (batch.Count == size || !ids.Add(graph.Article.Id))
            {
                yield return batch;
                batch = [];
                ids = [graph.Article.Id];
            }
            batch.Add(graph);
        }
        if (batch.Count > 0) yield return batch;
    }

    private static Dictionary<string, object?> P(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
