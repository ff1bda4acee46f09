using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ClaimsGraph.Storage.Neo4j;

public sealed partial class Neo4jClaimsStore
{
    /// <summary>An inconsistent graph is refused with ArgumentException before anything is sent.</summary>
    public async Task<UpsertResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (Problems(graph) is { } problems) throw new ArgumentException(problems, nameof(graph));
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return (await Guard(() => WriteBatchAsync([graph], cancellationToken)).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Up to <see cref="Neo4jOptions.ArticlesPerTransaction"/> articles a transaction; an article id seen
    /// twice starts a new batch so that the second copy is compared with the first. Each article stays
    /// atomic: an inconsistent graph is reported as Failed without being sent, and when Neo4j refuses a
    /// batch, its articles are written again one transaction each so only the refused one fails.
    /// </summary>
    public async Task<IReadOnlyList<UpsertResult>> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);

        var results = new UpsertResult[graphs.Count];
        var valid = new List<ArticleGraph>(graphs.Count);
        var positions = new Dictionary<ArticleGraph, Queue<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < graphs.Count; i++)
        {
            var graph = graphs[i] ?? throw new ArgumentException($"Article graph #{i} is null.", nameof(graphs));
            if (Problems(graph) is { } problems)
            {
                results[i] = new UpsertResult(graph.Article?.Id ?? "", UpsertOutcome.Failed) { Error = problems };
                continue;
            }
            valid.Add(graph);
            if (!positions.TryGetValue(graph, out var slots)) positions[graph] = slots = new Queue<int>();
            slots.Enqueue(i);
        }

        foreach (var batch in Batches(valid, Math.Max(1, _options.ArticlesPerTransaction)))
        {
            var written = await WriteIsolatingFailuresAsync(batch, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Count; j++) results[positions[batch[j]].Dequeue()] = written[j];
        }
        return results;
    }

    private async Task<IReadOnlyList<UpsertResult>> WriteIsolatingFailuresAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await Guard(() => WriteBatchAsync(batch, cancellationToken)).ConfigureAwait(false);
        }
        catch (Neo4jClientErrorException e) when (batch.Count == 1)
        {
            _logger.LogWarning("Neo4j refused article {ArticleId}: {Error}", batch[0].Article.Id, e.Message);
            return [new UpsertResult(batch[0].Article.Id, UpsertOutcome.Failed) { Error = $"Neo4j refused the article ({e.Code})." }];
        }
        catch (Neo4jClientErrorException)
        {
            var results = new List<UpsertResult>(batch.Count);
            foreach (var graph in batch)
            {
                results.AddRange(await WriteIsolatingFailuresAsync([graph], cancellationToken).ConfigureAwait(false));
            }
            return results;
        }
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

    /// <summary>Why a graph cannot be written (null when it can): dangling ids, edges of another article.</summary>
    private static string? Problems(ArticleGraph graph)
    {
        if (graph.Article is null || string.IsNullOrWhiteSpace(graph.Article.Id)) return "The article has no id.";
        var id = graph.Article.Id;
        var problems = graph.Validate().ToList();
        problems.AddRange(graph.Mentions.Where(m => m.ArticleId != id).Select(m => $"mention of '{m.EntityId}' belongs to article '{m.ArticleId}'"));
        problems.AddRange(graph.Reports.Where(r => r.ArticleId != id).Select(r => $"report of '{r.QuoteId}' belongs to article '{r.ArticleId}'"));
        problems.AddRange(QuoteReportPieces.Problems(graph));
        return problems.Count == 0 ? null : $"Article graph '{id}' is inconsistent: {string.Join("; ", problems.Take(5))}";
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
