using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Relationship questions: who said what about a subject, co-mentions, full-text search.</summary>
public sealed partial class SqliteClaimsStore
{
    // Read off the counters the write triggers keep (schema migration 2): one index range, however many quotes.
    internal const string WhoSaidAboutSql = """
        SELECT s.speaker_id, s.quotes FROM subject_speakers s
        WHERE s.entity_id = $subject AND s.speaker_id <> ''
        ORDER BY s.quotes DESC, s.speaker_id
        """;

    public Task<Page<SpeakerCount>> WhoSaidAboutAsync(string subjectId, PageRequest page, CancellationToken cancellationToken = default) =>
        PageAsync("SELECT coalesce((SELECT speakers FROM subject_totals WHERE entity_id = $subject), 0)", WhoSaidAboutSql,
            r => new SpeakerCount(r.GetString(0), r.GetInt32(1)), page, cancellationToken, ("$subject", subjectId));

    public async Task<IReadOnlyList<EntityCount>> CoMentionedAsync(string entityId, int first, CancellationToken cancellationToken = default)
    {
        if (first <= 0) return [];
        return await QueryAsync("""
            SELECT m2.entity_id, count(*) AS n
            FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
            WHERE m1.entity_id = $entity
            GROUP BY m2.entity_id
            ORDER BY n DESC, m2.entity_id
            LIMIT $first
            """, r => new EntityCount(r.GetString(0), r.GetInt32(1)), cancellationToken, ("$entity", entityId), ("$first", first));
    }

    /// <summary>The hit types <see cref="SearchAsync"/> returns, which are also the names a caller filters by.</summary>
    public static IReadOnlyList<string> SearchTypes { get; } = ["Person", "State", "Organization", "Event", "Article", "Quote"];

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? types, int first, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.Build(text, prefixLast: true);
        if (match is null || first <= 0) return [];
        var wanted = (types is null || types.Count == 0 ? SearchTypes : types)
            .Select(t => SearchTypes.FirstOrDefault(s => s.Equals(t?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entityTypes = wanted.Where(t => t is not "Article" and not "Quote").ToList();
        var hits = new List<SearchHit>();
        // bm25 is lower-is-better; scores are negated so higher is better. Name matches weigh more than alias matches.
        if (entityTypes.Count > 0)
            hits.AddRange(await QueryAsync("""
                SELECT e.id, e.type, -bm25(entities_fts, 10.0, 4.0) AS score, e.name
                FROM entities_fts JOIN entities e ON e.rowid = entities_fts.rowid
                WHERE entities_fts MATCH $match AND e.type IN (SELECT value FROM json_each($types))
                ORDER BY score DESC, e.id LIMIT $first
                """, r => new SearchHit(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3)), cancellationToken,
                ("$match", match), ("$types", IdList(entityTypes)), ("$first", first)));
        if (wanted.Contains("Article"))
            hits.AddRange(await QueryAsync("""
                SELECT a.id, -bm25(articles_fts) AS score, coalesce(a.title, '')
                FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                WHERE articles_fts MATCH $match
                ORDER BY score DESC, a.id LIMIT $first
                """, r => new SearchHit(r.GetString(0), "Article", r.GetDouble(1), r.GetString(2)), cancellationToken,
                ("$match", match), ("$first", first)));
        if (wanted.Contains("Quote"))
            hits.AddRange(await QueryAsync("""
                SELECT q.id, -bm25(quotes_fts) AS score, snippet(quotes_fts, 0, '', '', '…', 24)
                FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid
                WHERE quotes_fts MATCH $match
                ORDER BY score DESC, q.id LIMIT $first
                """, r => new SearchHit(r.GetString(0), "Quote", r.GetDouble(1), r.GetString(2)), cancellationToken,
                ("$match", match), ("$first", first)));
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Take(first).ToList();
    }
}
