using System.Text.Json;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Writes article graphs inside a transaction the caller owns, with its statements prepared once and
/// reused for every row. Replacing an article deletes the edges it contributed, writes the new ones and
/// then deletes the quotes and entities that no article holds any more.
/// </summary>
internal sealed class SqliteArticleWriter : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public async Task<UpsertOutcome> WriteAsync(ArticleGraph graph, CancellationToken ct)
    {
        var article = graph.Article;
        var storedHash = await Run("SELECT content_hash FROM articles WHERE id = $id", ct, article.Id) as string;
        if (storedHash == article.ContentHash) return UpsertOutcome.Unchanged;

        var previousNodes = new List<string>();
        if (storedHash is not null)
        {
            previousNodes = await ReadStringsAsync("SELECT node_id FROM article_nodes WHERE article_id = $id", ct, article.Id);
            foreach (var table in ArticleEdgeTables)
                await Run($"DELETE FROM {table} WHERE article_id = $id", ct, article.Id);
            await Run("""
                UPDATE articles SET url = $url, title = $title, title_folded = $folded, source = $source,
                    published_at = $published, ingested_at = $ingested, word_count = $words, content_hash = $hash, text = $text
                WHERE id = $id
                """, ct, article.Url, article.Title, Fold(article.Title), article.Source,
                article.PublishedAt?.UtcTicks, article.IngestedAt.UtcTicks, article.WordCount, article.ContentHash, article.Text, article.Id);
        }
        else
        {
            await Run("""
                INSERT INTO articles (id, url, title, title_folded, source, published_at, ingested_at, word_count, content_hash, text)
                VALUES ($id, $url, $title, $folded, $source, $published, $ingested, $words, $hash, $text)
                """, ct, article.Id, article.Url, article.Title, Fold(article.Title), article.Source,
                article.PublishedAt?.UtcTicks, article.IngestedAt.UtcTicks, article.WordCount, article.ContentHash, article.Text);
        }

        foreach (var e in graph.Entities)
        {
            var ev = e as Event;
            await Run("""
                INSERT INTO entities (id, type, name, name_folded, aliases, extra, event_type, event_date)
                VALUES ($id, $type, $name, $folded, $aliases, $extra, $etype, $edate)
                ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_folded = excluded.name_folded,
                    aliases = excluded.aliases, extra = excluded.extra, event_type = excluded.event_type, event_date = excluded.event_date
                """, ct, e.Id, e.Type.ToString(), e.Name, EntityRows.FoldedNames(e), EntityRows.ToJson(e.Aliases),
                EntityRows.Extra(e), ev?.EventType, ev?.Date);
            await Run("INSERT INTO article_nodes (article_id, node_id) VALUES ($a, $n) ON CONFLICT DO NOTHING", ct, article.Id, e.Id);
        }

        foreach (var q in graph.Quotes)
        {
            await Run("""
                INSERT INTO quotes (id, text, kind, confidence, speaker_id, source_description)
                VALUES ($id, $text, $kind, $confidence, $speaker, $description)
                ON CONFLICT (id) DO UPDATE SET text = excluded.text, kind = excluded.kind, confidence = excluded.confidence,
                    speaker_id = excluded.speaker_id, source_description = excluded.source_description
                """, ct, q.Id, q.Text, q.Kind.ToString(), q.Confidence, q.SpeakerId, q.SourceDescription);
            await Run("INSERT INTO article_nodes (article_id, node_id) VALUES ($a, $n) ON CONFLICT DO NOTHING", ct, article.Id, q.Id);
        }

        foreach (var m in graph.Mentions)
            await Run("INSERT INTO mentions (article_id, entity_id, count, spans) VALUES ($a, $e, $c, $s) ON CONFLICT DO NOTHING",
                ct, article.Id, m.EntityId, m.Count, SpanListJson.Write(m.Spans));
        foreach (var r in graph.Reports)
            await Run("""
                INSERT INTO quote_reports (quote_id, article_id, span_start, span_end, cue_start, cue_end, speaker_start, speaker_end, pieces)
                VALUES ($q, $a, $s, $e, $cs, $ce, $ss, $se, $p) ON CONFLICT DO NOTHING
                """, ct, r.QuoteId, article.Id, r.Span.Start, r.Span.End, r.Cue?.Start, r.Cue?.End,
                r.SpeakerMention?.Start, r.SpeakerMention?.End, Pieces(r));
        foreach (var t in graph.Targets)
            await Run("INSERT INTO quote_targets (article_id, quote_id, entity_id, weight) VALUES ($a, $q, $e, $w) ON CONFLICT DO NOTHING",
                ct, article.Id, t.QuoteId, t.EntityId, t.Weight);
        foreach (var a in graph.Affiliations)
            await Run("INSERT INTO affiliations (article_id, person_id, target_id, role) VALUES ($a, $p, $t, $r) ON CONFLICT DO NOTHING",
                ct, article.Id, a.PersonId, a.TargetId, a.Role);
        foreach (var fact in graph.Events)
        {
            await Run("""
                INSERT INTO event_facts (article_id, event_id, located_in_id, span_start, span_end)
                VALUES ($a, $e, $l, $s, $t) ON CONFLICT DO NOTHING
                """, ct, article.Id, fact.EventId, fact.LocatedInId, fact.Span.Start, fact.Span.End);
            foreach (var p in fact.Participants)
                await Run("INSERT INTO event_participants (article_id, event_id, entity_id, role) VALUES ($a, $v, $e, $r) ON CONFLICT DO NOTHING",
                    ct, article.Id, p.EventId, p.EntityId, p.Role);
        }

        // Quotes this article reported before or reports now: their newest reporting date may have moved.
        var touchedQuotes = Json(previousNodes.Concat(graph.Quotes.Select(q => q.Id)));
        await Run("""
            UPDATE quotes SET last_published = (
                SELECT max(a.published_at) FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE r.quote_id = quotes.id)
            WHERE id IN (SELECT value FROM json_each($ids))
            """, ct, touchedQuotes);

        if (previousNodes.Count > 0)
        {
            // Quotes first: an orphaned quote may be what still points at an orphaned speaker.
            var gone = Json(previousNodes);
            await Run("""
                DELETE FROM quotes WHERE id IN (SELECT value FROM json_each($ids))
                  AND NOT EXISTS (SELECT 1 FROM article_nodes n WHERE n.node_id = quotes.id)
                """, ct, gone);
            await Run("""
                DELETE FROM entities WHERE id IN (SELECT value FROM json_each($ids))
                  AND NOT EXISTS (SELECT 1 FROM article_nodes n WHERE n.node_id = entities.id)
                """, ct, gone);
        }

        return storedHash is null ? UpsertOutcome.Created : UpsertOutcome.Replaced;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values) await command.DisposeAsync();
        commands.Clear();
    }

    /// <summary>Every table whose rows an article contributes, keyed by article_id.</summary>
    private static readonly string[] ArticleEdgeTables =
        ["mentions", "quote_reports", "quote_targets", "affiliations", "event_participants", "event_facts", "article_nodes"];

    private static string? Fold(string? value) => value is null ? null : EntityRows.Fold(value);

    /// <summary>NULL for a one-piece quote (nearly all of them), so the common row stays as small as before.</summary>
    private static string? Pieces(QuoteReport report) => report.Pieces.Count > 0 ? SpanListJson.Write(report.Pieces) : null;

    private static string Json(IEnumerable<string> ids) =>
        JsonSerializer.Serialize((IReadOnlyCollection<string>)ids.Distinct(StringComparer.Ordinal).ToList(), SqliteJson.Default.IReadOnlyCollectionString);

    /// <summary>Runs a statement whose parameters are bound by position ($first, $second … in order of appearance).</summary>
    private async Task<object?> Run(string sql, CancellationToken ct, params object?[] values)
    {
        var command = Prepare(sql, values.Length);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return sql.StartsWith("SELECT", StringComparison.Ordinal)
            ? await command.ExecuteScalarAsync(ct)
            : await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<List<string>> ReadStringsAsync(string sql, CancellationToken ct, params object?[] values)
    {
        var command = Prepare(sql, values.Length);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(reader.GetString(0));
        return result;
    }

    private SqliteCommand Prepare(string sql, int parameterCount)
    {
        if (commands.TryGetValue(sql, out var command)) return command;
        command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in ParameterNames(sql))
            command.Parameters.Add(new SqliteParameter(name, null));
        if (command.Parameters.Count != parameterCount)
            throw new InvalidOperationException($"Statement has {command.Parameters.Count} parameters, {parameterCount} values given.");
        commands[sql] = command;
        return command;
    }

    /// <summary>The distinct $names of a statement in order of first appearance.</summary>
    private static List<string> ParameterNames(string sql)
    {
        var names = new List<string>();
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] != '$') continue;
            var j = i + 1;
            while (j < sql.Length && (char.IsLetterOrDigit(sql[j]) || sql[j] == '_')) j++;
            var name = sql[i..j];
            if (!names.Contains(name)) names.Add(name);
            i = j - 1;
        }
        return names;
    }
}
