using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Cli.Tests.CrashConsistency;

/// <summary>
/// Reads a SQLite store file directly (read-only): every row of every graph table as text, so two stores
/// can be compared row for row, and the orphan and integrity checks.
/// </summary>
public sealed class StoreSnapshot
{
    /// <summary>Tables whose rows each belong to one article (their first column or id is the article).</summary>
    public static readonly string[] ArticleTables =
        ["articles", "article_nodes", "mentions", "quote_reports", "quote_targets", "affiliations", "event_facts", "event_participants"];

    public static readonly string[] SharedTables = ["entities", "quotes"];

    private StoreSnapshot(Dictionary<string, List<(string ArticleId, string Row)>> rows, List<string> problems)
    {
        Rows = rows;
        Problems = problems;
    }

    /// <summary>Table → rows (ingest time left out: it differs between runs by design).</summary>
    public Dictionary<string, List<(string ArticleId, string Row)>> Rows { get; }

    /// <summary>Integrity, foreign-key and orphan violations; empty when the store is consistent.</summary>
    public List<string> Problems { get; }

    public HashSet<string> ArticleIds => Rows["articles"].Select(r => r.ArticleId).ToHashSet();

    public IEnumerable<string> RowsOf(string table, IReadOnlySet<string>? articles = null) =>
        Rows[table].Where(r => articles is null || articles.Contains(r.ArticleId)).Select(r => r.Row).Order(StringComparer.Ordinal);

    public static StoreSnapshot Read(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();

        var rows = new Dictionary<string, List<(string, string)>>();
        foreach (var table in ArticleTables.Concat(SharedTables))
        {
            var list = new List<(string, string)>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}"; // table names from the fixed list above
            using var reader = command.ExecuteReader();
            var articleColumn = table == "articles" ? reader.GetOrdinal("id") : table is "entities" or "quotes" ? -1 : reader.GetOrdinal("article_id");
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) != "ingested_at")
                    .Select(i => reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
                list.Add((articleColumn < 0 ? "" : reader.GetString(articleColumn), string.Join("|", values)));
            }
            rows[table] = list;
        }

        var problems = new List<string>();
        var integrity = Scalar(connection, "PRAGMA integrity_check");
        if (integrity != "ok") problems.Add("integrity_check: " + integrity);
        if (Count(connection, "SELECT count(*) FROM pragma_foreign_key_check") is var fk and > 0) problems.Add($"{fk} foreign key violations");
        foreach (var (what, sql) in OrphanChecks)
            if (Count(connection, sql) is var n and > 0) problems.Add($"{n} {what}");
        return new StoreSnapshot(rows, problems);
    }

    private static readonly (string What, string Sql)[] OrphanChecks =
    [
        ("quotes reported by no article", "SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quote_reports r WHERE r.quote_id = q.id)"),
        ("entities contributed by no article", "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_nodes n WHERE n.node_id = e.id)"),
        ("article_nodes of missing articles", "SELECT count(*) FROM article_nodes n WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = n.article_id)"),
        ("quote reports without their quote", "SELECT count(*) FROM quote_reports r WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = r.quote_id)"),
        ("quote targets without quote or entity", "SELECT count(*) FROM quote_targets t WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = t.quote_id) OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = t.entity_id)"),
        ("mentions of missing entities", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)"),
        ("quotes of missing speakers", "SELECT count(*) FROM quotes q WHERE q.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = q.speaker_id)"),
    ];

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Count(SqliteConnection connection, string sql) => long.Parse(Scalar(connection, sql) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
}
