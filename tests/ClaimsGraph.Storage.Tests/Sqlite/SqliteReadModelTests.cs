using ClaimsGraph.Domain.Model;
using ClaimsGraph.Storage.Sqlite;
using ClaimsGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>
/// The read models of schema migrations 2–4 (quote_about, the subject/speaker counters, entity_links, entity_edges) are kept by triggers.
/// After every kind of write — new articles, replacements that move a quote's speaker, subjects and dates,
/// replacements that orphan quotes — they must equal what a recount from the base tables gives.
/// </summary>
public sealed class SqliteReadModelTests : IDisposable
{
    private readonly TempSqliteStores stores = new();

    [Fact]
    public async Task Read_models_match_a_recount_after_inserts_and_replacements()
    {
        var store = stores.Create();
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);
        await AssertMatchesRecountAsync(store.DatabasePath);

        // A1 again, changed: QA gets another speaker and loses JP, QB (also in A2) loses CN here and gains US,
        // QC disappears (orphaned), a new quote about China appears, and the article moves to a later date.
        var changed = new TestGraphBuilder("a1", "Emanuel in Tokyo, rewritten.", "Émanuel in Tokyo", "Nikkei", TestGraphBuilder.Day(2024, 6, 1))
            .Person(TestWorld.Emanuel, "Rahm Emanuel").Person(TestWorld.Kishida, "Fumio Kishida")
            .State(TestWorld.US, "United States").State(TestWorld.CN, "China")
            .Quote(TestWorld.QA, "We are literally in the first chapter writing a new era.", TestWorld.Kishida, [TestWorld.US])
            .Quote(TestWorld.QB, "China is much more assertive.", TestWorld.Emanuel, [TestWorld.US])
            .Quote("quote:h", "China keeps building.", null, [TestWorld.CN])
            .Build();
        await store.UpsertArticleAsync(changed);
        await AssertMatchesRecountAsync(store.DatabasePath);

        // The same article twice changes nothing.
        await store.UpsertArticleAsync(changed);
        await AssertMatchesRecountAsync(store.DatabasePath);

        // A2 replaced by an article with no quotes at all: every quote only A2 held is orphaned.
        await store.UpsertArticleAsync(new TestGraphBuilder("a2", "Beijing is silent.", "Beijing responds", "Reuters", TestWorld.A2Published)
            .State(TestWorld.CN, "China").Build());
        await AssertMatchesRecountAsync(store.DatabasePath);

        // Ties on count break on speaker id.
        var who = await store.WhoSaidAboutAsync(TestWorld.US, new(0, 20));
        Assert.Equal([(TestWorld.Kishida, 1), (TestWorld.Emanuel, 1)], who.Items.Select(s => (s.SpeakerId, s.QuoteCount)).ToArray());
        Assert.Equal(2, who.TotalCount);
    }

    [Fact]
    public async Task Migrations_2_to_4_build_the_read_models_from_a_version_1_database()
    {
        var path = stores.NewPath();
        var store = stores.Create(path);
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);
        await DowngradeToVersion1Async(path);

        var reopened = stores.Create(path);
        var page = await reopened.FindQuotesAsync(new() { AboutId = TestWorld.CN }, [], new(0, 20));
        Assert.Equal(4, page.TotalCount);
        Assert.Equal([TestWorld.QB, TestWorld.QD, TestWorld.QE, TestWorld.QG], page.Items.Select(q => q.Id).Order(StringComparer.Ordinal));
        await AssertMatchesRecountAsync(path);
    }

    [Fact]
    public async Task Quotes_about_a_subject_come_newest_first_with_the_counted_total()
    {
        var store = stores.Create();
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);

        var page = await store.FindQuotesAsync(new() { AboutId = TestWorld.US }, [], new(0, 2));

        // QD (A2, May) is newer than QA and QC (A1, April); QA and QC tie on date and break on id.
        Assert.Equal([TestWorld.QD, TestWorld.QA], page.Items.Select(q => q.Id).ToArray());
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
        var bySpeaker = await store.FindQuotesAsync(new() { AboutId = TestWorld.CN, SpeakerId = TestWorld.Emanuel }, [], new(0, 20));
        Assert.Equal([TestWorld.QB, TestWorld.QG], bySpeaker.Items.Select(q => q.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, bySpeaker.TotalCount);
    }

    /// <summary>Each read-model table against the same rows recomputed from quotes and quote_targets (EXCEPT both ways).</summary>
    private static async Task AssertMatchesRecountAsync(string path)
    {
        (string Table, string Recount)[] models =
        [
            ("SELECT entity_id, quote_id, speaker_id, last_published FROM quote_about",
             "SELECT DISTINCT t.entity_id, t.quote_id, q.speaker_id, q.last_published FROM quote_targets t JOIN quotes q ON q.id = t.quote_id"),
            ("SELECT entity_id, speaker_id, quotes FROM subject_speakers",
             """
             SELECT t.entity_id, coalesce(q.speaker_id, ''), count(DISTINCT t.quote_id)
             FROM quote_targets t JOIN quotes q ON q.id = t.quote_id GROUP BY t.entity_id, coalesce(q.speaker_id, '')
             """),
            ("SELECT entity_id, quotes, speakers FROM subject_totals",
             """
             SELECT t.entity_id, count(DISTINCT t.quote_id), count(DISTINCT q.speaker_id)
             FROM quote_targets t JOIN quotes q ON q.id = t.quote_id GROUP BY t.entity_id
             """),
            ("SELECT speaker_id, quotes FROM speaker_totals",
             "SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id"),
            ("SELECT a, b, quotes FROM entity_links",
             """
             SELECT a, b, count(*) FROM (
                 SELECT q.speaker_id AS a, t.entity_id AS b FROM quotes q JOIN (SELECT DISTINCT quote_id, entity_id FROM quote_targets) t
                     ON t.quote_id = q.id WHERE q.speaker_id IS NOT NULL AND q.speaker_id <> t.entity_id
                 UNION ALL SELECT t.entity_id, q.speaker_id FROM quotes q JOIN (SELECT DISTINCT quote_id, entity_id FROM quote_targets) t
                     ON t.quote_id = q.id WHERE q.speaker_id IS NOT NULL AND q.speaker_id <> t.entity_id
                 UNION ALL SELECT x.entity_id, y.entity_id FROM (SELECT DISTINCT quote_id, entity_id FROM quote_targets) x
                     JOIN (SELECT DISTINCT quote_id, entity_id FROM quote_targets) y ON y.quote_id = x.quote_id AND y.entity_id <> x.entity_id)
             GROUP BY a, b
             """),
            ("SELECT a, b, rel, articles FROM entity_edges",
             """
             SELECT a, b, rel, count(*) FROM (
                 SELECT person_id AS a, target_id AS b, 0 AS rel FROM affiliations UNION ALL SELECT target_id, person_id, 0 FROM affiliations
                 UNION ALL SELECT event_id, entity_id, 1 FROM event_participants UNION ALL SELECT entity_id, event_id, 1 FROM event_participants
                 UNION ALL SELECT event_id, located_in_id, 2 FROM event_facts WHERE located_in_id IS NOT NULL
                 UNION ALL SELECT located_in_id, event_id, 2 FROM event_facts WHERE located_in_id IS NOT NULL)
             GROUP BY a, b, rel
             """),
        ];
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var (table, recount) in models)
        {
            Assert.Equal(0L, await CountAsync(connection, $"SELECT count(*) FROM ({table} EXCEPT {recount})"));
            Assert.Equal(0L, await CountAsync(connection, $"SELECT count(*) FROM ({recount} EXCEPT {table})"));
            Assert.True(await CountAsync(connection, $"SELECT count(*) FROM ({table})") > 0, table);
        }
    }

    /// <summary>Drops what migrations 2 to 5 made and sets user_version back to 1, as a database written by the previous build.</summary>
    private static async Task DowngradeToVersion1Async(string path)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var triggers = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = """
                SELECT name FROM sqlite_master WHERE type = 'trigger'
                  AND (tbl_name IN ('quote_about', 'subject_speakers', 'subject_totals', 'speaker_totals', 'entity_links', 'entity_edges') OR name LIKE '%about%' OR name LIKE '%speaker%' OR name LIKE '%links%' OR name LIKE '%edges%')
                """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) triggers.Add(reader.GetString(0));
        }
        Assert.NotEmpty(triggers);
        var drop = string.Join(" ", triggers.Select(t => $"DROP TRIGGER \"{t}\";"))
            + " DROP TABLE quote_about; DROP TABLE subject_speakers; DROP TABLE subject_totals; DROP TABLE speaker_totals; DROP TABLE entity_links; DROP TABLE entity_edges;"
            + " ALTER TABLE quote_reports DROP COLUMN pieces; PRAGMA user_version = 1;";
        await using var command = connection.CreateCommand();
        command.CommandText = drop;
        await command.ExecuteNonQueryAsync();
        SqliteConnection.ClearAllPools();
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => stores.Dispose();
}
