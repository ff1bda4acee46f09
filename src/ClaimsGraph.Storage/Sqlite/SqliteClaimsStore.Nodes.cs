using ClaimsGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Nodes and edges by id, each batch in one statement (ids passed as one JSON parameter).</summary>
public sealed partial class SqliteClaimsStore
{
    private const string ArticleColumns =
        "a.id, a.url, a.title, a.source, a.published_at, a.ingested_at, a.word_count, a.content_hash, a.text";

    private const string QuoteColumns = "q.id, q.text, q.kind, q.confidence, q.speaker_id, q.source_description";

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Entity>();
        return await CachedAsync(entityCache, ids, async missing => ById(await
            QueryAsync($"SELECT {EntityRows.Columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids))",
                r => EntityRows.Read(r), cancellationToken, ("$ids", IdList(missing))), e => e.Id), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Article>();
        return await CachedAsync(articleCache, ids, async missing => ById(await
            QueryAsync($"SELECT {ArticleColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each($ids))",
                ReadArticle, cancellationToken, ("$ids", IdList(missing))), a => a.Id), cancellationToken);
    }

    /// <summary>Reads by id answered from memory (hits) and from the file (misses), over all the node caches.</summary>
    internal (long Hits, long Misses) NodeCacheCounts =>
        (entityCache.Hits + articleCache.Hits + quoteCache.Hits + reportCache.Hits + targetCache.Hits,
            entityCache.Misses + articleCache.Misses + quoteCache.Misses + reportCache.Misses + targetCache.Misses);

    /// <summary>Values by id: the cached ones from memory, the rest in one statement (then cached).</summary>
    private async Task<IReadOnlyDictionary<string, T>> CachedAsync<T>(SqliteNodeCache<T> cache, IReadOnlyCollection<string> ids,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, T>>> read, CancellationToken cancellationToken) where T : class
    {
        if (!cache.Enabled) return await read(ids);
        await InitializeAsync(cancellationToken);
        var generation = cache.At(await GuardAsync(() => Task.FromResult(dataVersion.Current())));
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        var missing = cache.Find(generation, ids, found);
        if (missing.Count == 0) return found;
        var fresh = await read(missing);
        foreach (var (id, value) in fresh) found[id] = value;
        cache.Keep(generation, fresh);
        return found;
    }

    private static IReadOnlyDictionary<string, T> ById<T>(List<T> rows, Func<T, string> idOf) =>
        rows.ToDictionary(idOf, StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, Quote>> GetQuotesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Quote>();
        return await CachedAsync(quoteCache, ids, async missing => ById(await
            QueryAsync($"SELECT {QuoteColumns} FROM quotes q WHERE q.id IN (SELECT value FROM json_each($ids))",
                ReadQuote, cancellationToken, ("$ids", IdList(missing))), q => q.Id), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteReport>>> GetQuoteReportsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default) =>
        CachedAsync(reportCache, quoteIds, missing => GroupAsync(missing, """
            SELECT r.quote_id, r.article_id, r.span_start, r.span_end, r.cue_start, r.cue_end, r.speaker_start, r.speaker_end, r.pieces
            FROM quote_reports r JOIN articles a ON a.id = r.article_id
            WHERE r.quote_id IN (SELECT value FROM json_each($ids))
            ORDER BY r.quote_id, a.published_at IS NULL, a.published_at, a.ingested_at, r.article_id
            """,
            r => new QuoteReport(r.GetString(0), r.GetString(1), new TextSpan(r.GetInt32(2), r.GetInt32(3)),
                OptionalSpan(r, 4), OptionalSpan(r, 6)) { Pieces = r.IsDBNull(8) ? [] : SpanListJson.Read(r.GetString(8)) },
            cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteTarget>>> GetQuoteTargetsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default) =>
        CachedAsync(targetCache, quoteIds, missing => GroupAsync(missing, """
            SELECT t.quote_id, t.entity_id, max(t.weight) AS weight
            FROM quote_targets t WHERE t.quote_id IN (SELECT value FROM json_each($ids))
            GROUP BY t.quote_id, t.entity_id
            ORDER BY t.quote_id, weight DESC, t.entity_id
            """,
            r => new QuoteTarget(r.GetString(0), r.GetString(1), r.GetDouble(2)), cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> GetAffiliationsAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) =>
        GroupAsync(personIds, """
            SELECT DISTINCT f.person_id, f.target_id, f.role
            FROM affiliations f WHERE f.person_id IN (SELECT value FROM json_each($ids))
            ORDER BY f.person_id, f.target_id, f.role
            """,
            r => new Affiliation(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventParticipant>>> GetEventParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default) =>
        GroupAsync(eventIds, """
            SELECT DISTINCT p.event_id, p.entity_id, p.role
            FROM event_participants p WHERE p.event_id IN (SELECT value FROM json_each($ids))
            ORDER BY p.event_id, p.entity_id, p.role
            """,
            r => new EventParticipant(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        GroupAsync(articleIds, """
            SELECT m.article_id, m.entity_id, m.count, m.spans
            FROM mentions m WHERE m.article_id IN (SELECT value FROM json_each($ids))
            ORDER BY m.article_id, m.count DESC, m.entity_id
            """,
            r => new Mention(r.GetString(0), r.GetString(1), r.GetInt32(2), SpanListJson.Read(r.GetString(3))), cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetEventArticleIdsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        var grouped = await GroupAsync(eventIds, """
            SELECT f.event_id, f.article_id FROM event_facts f JOIN articles a ON a.id = f.article_id
            WHERE f.event_id IN (SELECT value FROM json_each($ids))
            ORDER BY f.event_id, a.published_at IS NULL, a.published_at, f.article_id
            """, r => r.GetString(1), cancellationToken);
        return grouped;
    }

    /// <summary>Rows keyed by their first column; every asked id is present, with an empty list when nothing matched.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> GroupAsync<T>(
        IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        // The SQL orders rows by key, so a group is usually one run of rows: one lookup per run, not per row.
        var rows = await QueryAsync(sql, r => (Key: r.GetString(0), Value: read(r)), cancellationToken, ("$ids", IdList(ids)));
        string? runKey = null;
        List<T> run = [];
        foreach (var (key, value) in rows)
        {
            if (!string.Equals(key, runKey, StringComparison.Ordinal))
            {
                runKey = key;
                if (result.TryGetValue(key, out var existing)) run = (List<T>)existing;
                else result[key] = run = [];
            }
            run.Add(value);
        }
        foreach (var id in ids) result.TryAdd(id, []);
        return result;
    }

    /// <summary>One statement, all rows mapped. Parameters are (name, value) pairs; null becomes SQL NULL.</summary>
    private Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters) =>
        ReadAsync(connection => QueryAsync(connection, null, sql, read, cancellationToken, parameters), cancellationToken);

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, SqliteTransaction? tx, string sql,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = SqliteStatements.For(connection, sql, tx);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, Db(value));
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(read(reader));
        return list;
    }

    private static Article ReadArticle(SqliteDataReader r) => new(
        r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), FromTicks(r, 4),
        FromTicks(r, 5)!.Value, r.GetInt32(6), r.GetString(7), r.GetString(8));

    private static Quote ReadQuote(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), Enum.Parse<QuoteKind>(r.GetString(2)), r.GetDouble(3),
        NullableString(r, 4), NullableString(r, 5));

    private static TextSpan? OptionalSpan(SqliteDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new TextSpan(r.GetInt32(i), r.GetInt32(i + 1));
}
