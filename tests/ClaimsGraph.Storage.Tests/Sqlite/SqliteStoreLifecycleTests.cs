using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Sqlite;
using ClaimsGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>What only the SQLite store has: its file, schema versions, locking and damage, and its registration.</summary>
public sealed class SqliteStoreLifecycleTests : IDisposable
{
    private readonly TempSqliteStores stores = new();

    [Fact]
    public async Task Initialize_creates_the_folder_migrates_once_and_data_survives_a_new_instance()
    {
        var path = Path.Combine(Path.GetDirectoryName(stores.NewPath())!, "nested", "deeper", "graph.db");
        var first = stores.Create(path);
        await first.InitializeAsync();
        await first.InitializeAsync();
        await first.UpsertArticleAsync(TestWorld.A1);

        var second = stores.Create(path);
        await second.InitializeAsync();

        Assert.Equal(SqliteSchema.Migrations.Count, await PragmaAsync(path, "user_version"));
        Assert.Equal("wal", await PragmaTextAsync(path, "journal_mode"));
        Assert.Equal(TestWorld.A1.Article.ContentHash, await second.GetContentHashAsync(TestWorld.A1.Article.Id));
    }

    [Fact]
    public async Task Reads_before_initialize_initialize_first()
    {
        var store = stores.Create();
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), await store.GetStatsAsync());
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_with_a_clear_message()
    {
        var path = stores.NewPath();
        await stores.Create(path).InitializeAsync();
        await ExecuteAsync(path, "PRAGMA user_version = 999;");

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => stores.Create(path).InitializeAsync());
        Assert.Contains("newer", ex.Message);
    }

    [Fact]
    public async Task A_damaged_file_makes_the_store_unavailable_and_unhealthy_not_a_crash()
    {
        var path = stores.NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        var store = stores.Create(path);

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        Assert.DoesNotContain(path, ex.Message); // safe to show: no file system details
        var health = await store.CheckHealthAsync();
        Assert.False(health.IsHealthy);
        Assert.Equal("sqlite", health.Provider);
    }

    [Fact]
    public async Task A_writer_blocked_past_the_busy_timeout_gets_store_unavailable()
    {
        var path = stores.NewPath();
        var store = new SqliteClaimsStore(new SqliteStoreOptions { Path = path, BusyTimeoutMilliseconds = 200 },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteClaimsStore>.Instance);
        await store.InitializeAsync();
        await using var blocker = new SqliteConnection($"Data Source={path};Pooling=False");
        await blocker.OpenAsync();
        await using var tx = blocker.BeginTransaction(); // BEGIN IMMEDIATE: holds the write lock

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpsertArticleAsync(TestWorld.A1));
        Assert.Contains("busy", ex.Message);

        await tx.RollbackAsync();
        Assert.Equal(UpsertOutcome.Created, (await store.UpsertArticleAsync(TestWorld.A1)).Outcome);
    }

    [Fact]
    public async Task Path_search_refuses_more_than_four_hops()
    {
        var store = stores.Create();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindPathAsync(TestWorld.Emanuel, TestWorld.CN, 5));
        Assert.Empty(await store.FindPathAsync(TestWorld.Emanuel, TestWorld.Emanuel, 4));
    }

    [Fact]
    public async Task Negative_paging_is_refused()
    {
        var store = stores.Create();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListArticlesAsync(null, new PageRequest(-1, 10)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.WhoSaidAboutAsync("state:CN", new PageRequest(0, -5)));
    }

    [Fact]
    public async Task Text_with_sql_and_markup_is_stored_and_read_back_verbatim()
    {
        var store = stores.Create();
        const string hostile = "'); DROP TABLE quotes; -- `}) MATCH (n) DETACH DELETE n <script>alert(1)</script> \"quoted\"";
        var graph = new TestGraphBuilder("hostile", hostile, hostile, hostile).Person("person:x", hostile)
            .Quote("quote:x", hostile, "person:x").Build();

        await store.UpsertArticleAsync(graph);

        Assert.Equal(hostile, (await store.GetQuotesAsync(["quote:x"]))["quote:x"].Text);
        Assert.Equal(hostile, (await store.GetEntitiesAsync(["person:x"]))["person:x"].Name);
        Assert.Equal(hostile, (await store.GetArticlesAsync([graph.Article.Id]))[graph.Article.Id].Title);
        Assert.Single((await store.ListEntitiesAsync(Domain.Model.EntityType.Person, "drop table", PageRequest.First(5))).Items);
        Assert.Equal(1, (await store.GetStatsAsync()).Quotes);
    }

    [Fact]
    public void Registration_reads_the_path_from_configuration()
    {
        var path = stores.NewPath();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = path })
            .Build();
        using var provider = new ServiceCollection().AddClaimsStore(configuration).BuildServiceProvider();

        var store = Assert.IsType<SqliteClaimsStore>(provider.GetRequiredService<IClaimsStore>());
        Assert.Equal(Path.GetFullPath(path), store.DatabasePath);
        Assert.Same(store, provider.GetRequiredService<IClaimsStore>());
    }

    [Fact]
    public async Task Migration_5_gives_a_version_4_file_the_pieces_column_in_place_and_runs_once()
    {
        var path = stores.NewPath();
        var before = stores.Create(path);
        await before.UpsertArticleAsync(TestWorld.A1);
        var quoteIds = TestWorld.A1.Quotes.Select(q => q.Id).ToList();
        var written = await before.GetQuoteReportsAsync(quoteIds);
        // The file as the previous build left it: no pieces column, schema version 4.
        SqliteConnection.ClearAllPools();
        await ExecuteAsync(path, "ALTER TABLE quote_reports DROP COLUMN pieces; PRAGMA user_version = 4;");

        var upgraded = stores.Create(path);
        var reread = await upgraded.GetQuoteReportsAsync(quoteIds);
        var inPieces = new TestGraphBuilder("later", "“We will win,” she said. “Nobody can stop us now.”").Person(TestWorld.Kishida, "Fumio Kishida")
            .Quote("quote:later", "We will win. Nobody can stop us now.", TestWorld.Kishida, pieces: [new(1, 13), new(26, 50)]).Build();
        await upgraded.UpsertArticleAsync(inPieces);
        SqliteConnection.ClearAllPools();
        var reopened = stores.Create(path);
        await reopened.InitializeAsync();

        Assert.Equal(SqliteSchema.Migrations.Count, await PragmaAsync(path, "user_version"));
        Assert.All(quoteIds, id => Assert.Equal(written[id], reread[id]));
        Assert.All(reread.Values.SelectMany(r => r), r => Assert.Empty(r.Pieces));
        Assert.Equal(inPieces.Reports, (await reopened.GetQuoteReportsAsync(["quote:later"]))["quote:later"]);
    }

    [Fact]
    public async Task Pieces_column_is_null_for_a_one_piece_quote_and_json_pairs_otherwise()
    {
        var path = stores.NewPath();
        var store = stores.Create(path);
        var graph = new TestGraphBuilder("pieces", "“We will win,” she said. “Nobody can stop us now.”").Person(TestWorld.Kishida, "Fumio Kishida")
            .Quote("quote:two", "We will win. Nobody can stop us now.", TestWorld.Kishida, pieces: [new(1, 13), new(26, 50)])
            .Quote("quote:one", "We will win.", TestWorld.Kishida, start: 1).Build();

        await store.UpsertArticleAsync(graph);

        Assert.Equal("[[1,13],[26,50]]", await ScalarAsync(path, "SELECT pieces FROM quote_reports WHERE quote_id = 'quote:two'"));
        Assert.Equal(1L, await ScalarAsync(path, "SELECT pieces IS NULL FROM quote_reports WHERE quote_id = 'quote:one'"));
    }

    private static async Task<long> PragmaAsync(string path, string pragma) =>
        Convert.ToInt64(await ScalarAsync(path, $"PRAGMA {pragma};"));

    private static async Task<string> PragmaTextAsync(string path, string pragma) =>
        Convert.ToString(await ScalarAsync(path, $"PRAGMA {pragma};"))!;

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static Task ExecuteAsync(string path, string sql) => ScalarAsync(path, sql);

    public void Dispose() => stores.Dispose();
}
