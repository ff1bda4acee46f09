using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Counts for dashboards: node totals, top speakers and subjects, quote timelines.</summary>
public sealed partial class SqliteClaimsStore
{
    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            var byType = (await QueryAsync(connection, tx, "SELECT type, count(*) FROM entities GROUP BY type",
                r => (Type: r.GetString(0), Count: r.GetInt32(1)), cancellationToken)).ToDictionary(r => r.Type, r => r.Count);
            var articles = (await QueryAsync(connection, tx, "SELECT count(*) FROM articles", r => r.GetInt32(0), cancellationToken))[0];
            var quotes = (await QueryAsync(connection, tx, "SELECT count(*) FROM quotes", r => r.GetInt32(0), cancellationToken))[0];
            int Of(string type) => byType.GetValueOrDefault(type);
            return new StoreStats(articles, Of("Person"), Of("State"), Of("Organization"), Of("Event"), quotes);
        }, cancellationToken);

    public async Task<IReadOnlyList<EntityCount>> TopSpeakersAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        if (first <= 0) return [];
        var sql = since is null
            ? """
              SELECT s.speaker_id, s.quotes FROM speaker_totals s ORDER BY s.quotes DESC, s.speaker_id LIMIT $first
              """
            : """
              SELECT q.speaker_id, count(DISTINCT q.id) AS n
              FROM articles a JOIN quote_reports r ON r.article_id = a.id JOIN quotes q ON q.id = r.quote_id
              WHERE a.published_at >= $since AND q.speaker_id IS NOT NULL
              GROUP BY q.speaker_id ORDER BY n DESC, q.speaker_id LIMIT $first
              """;
        return await QueryAsync(sql, r => new EntityCount(r.GetString(0), r.GetInt32(1)), cancellationToken,
            ("$first", first), ("$since", since?.UtcTicks));
    }

    public async Task<IReadOnlyList<EntityCount>> TopSubjectsAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        if (first <= 0) return [];
        var sql = since is null
            ? """
              SELECT s.entity_id, s.quotes FROM subject_totals s ORDER BY s.quotes DESC, s.entity_id LIMIT $first
              """
            : """
              SELECT t.entity_id, count(DISTINCT t.quote_id) AS n
              FROM articles a JOIN quote_reports r ON r.article_id = a.id JOIN quote_targets t ON t.quote_id = r.quote_id
              WHERE a.published_at >= $since
              GROUP BY t.entity_id ORDER BY n DESC, t.entity_id LIMIT $first
              """;
        return await QueryAsync(sql, r => new EntityCount(r.GetString(0), r.GetInt32(1)), cancellationToken,
            ("$first", first), ("$since", since?.UtcTicks));
    }

    public async Task<IReadOnlyList<TimelinePoint>> QuoteTimelineAsync(string subjectId, TimeBucket bucket, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("""
            SELECT DISTINCT t.quote_id, a.published_at
            FROM quote_targets t JOIN quote_reports r ON r.quote_id = t.quote_id JOIN articles a ON a.id = r.article_id
            WHERE t.entity_id = $subject AND a.published_at IS NOT NULL
            """, r => (Quote: r.GetString(0), Day: DateOnly.FromDateTime(new DateTime(r.GetInt64(1), DateTimeKind.Utc))),
            cancellationToken, ("$subject", subjectId));
        // A quote counts once per bucket, however many articles in that bucket report it.
        return rows
            .Select(r => (r.Quote, Start: BucketStart(r.Day, bucket)))
            .Distinct()
            .GroupBy(r => r.Start)
            .OrderBy(g => g.Key)
            .Select(g => new TimelinePoint(g.Key, g.Count()))
            .ToList();
    }

    /// <summary>The first day of the bucket a day falls in (UTC); weeks start on Monday.</summary>
    internal static DateOnly BucketStart(DateOnly day, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeBucket.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
