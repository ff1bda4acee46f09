using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Sqlite;
using ClaimsGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>
/// The hot read paths must search an index, never scan a whole table: checked with EXPLAIN QUERY PLAN
/// on the exact SQL the store runs, so a schema or query change that loses an index fails here.
/// </summary>
public sealed class SqliteQueryPlanTests : IDisposable
{
    private readonly TempSqliteStores stores = new();

    [Fact]
    public async Task Quotes_about_a_subject_read_one_index_range_already_in_order()
    {
        var plan = await PlanAsync(QuoteSql(new QuoteFilter { AboutId = TestWorld.CN }), ("$about", TestWorld.CN));
        Assert.Contains(plan, line => line.Contains("ix_quote_about_newest (entity_id=?)"));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        AssertNoFullScan(plan);
    }

    [Fact]
    public async Task Quotes_by_a_speaker_about_a_subject_read_one_index_range_already_in_order()
    {
        var plan = await PlanAsync(QuoteSql(new QuoteFilter { AboutId = TestWorld.CN, SpeakerId = TestWorld.Emanuel }),
            ("$about", TestWorld.CN), ("$speaker", TestWorld.Emanuel));
        Assert.Contains(plan, line => line.Contains("ix_quote_about_speaker (entity_id=? AND speaker_id=?)"));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        AssertNoFullScan(plan);
    }

    [Fact]
    public async Task Quotes_by_speaker_search_the_speaker_index()
    {
        var plan = await PlanAsync(QuoteSql(new QuoteFilter { SpeakerId = TestWorld.Emanuel }), ("$speaker", TestWorld.Emanuel));
        Assert.Contains(plan, line => line.Contains("ix_quotes_speaker (speaker_id=?)"));
        AssertNoFullScan(plan);
    }

    [Fact]
    public async Task Quotes_about_a_subject_from_a_source_stay_indexed()
    {
        var filter = new QuoteFilter { AboutId = TestWorld.CN, Source = "Reuters", PublishedAfter = TestWorld.A1Published };
        var plan = await PlanAsync(QuoteSql(filter), ("$about", TestWorld.CN), ("$source", "Reuters"), ("$after", 0L));
        AssertNoFullScan(plan);
    }

    [Fact]
    public async Task Who_said_about_reads_the_ranked_counter_index()
    {
        var plan = await PlanAsync(SqliteClaimsStore.WhoSaidAboutSql + " LIMIT 20", ("$subject", TestWorld.CN));
        Assert.Contains(plan, line => line.Contains("ix_subject_speakers_rank (entity_id=?)"));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        AssertNoFullScan(plan);
    }

    private static string QuoteSql(QuoteFilter filter)
    {
        var query = SqliteQuoteQuery.Build(filter, [])!;
        return $"SELECT q.id {query.FromWhere} {query.OrderBy} LIMIT 20";
    }

    /// <summary>"SCAN x" without an index means reading a whole table; json_each and temp b-trees for sorting are fine.</summary>
    private static void AssertNoFullScan(IReadOnlyList<string> plan) =>
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal)
            && !line.Contains("json_each", StringComparison.Ordinal));

    private async Task<List<string>> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var store = stores.Create();
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        Assert.NotEmpty(plan);
        return plan;
    }

    public void Dispose() => stores.Dispose();
}
