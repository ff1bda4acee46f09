using ClaimsGraph.Domain.Model;
using ClaimsGraph.Storage.Sqlite;
using ClaimsGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>
/// Entities and articles read by id are kept in memory until the file changes: a repeated read is served from
/// memory, and a commit by this store or by anyone else writing the same file (another process) is seen at once.
/// </summary>
public sealed class SqliteNodeCacheTests : IDisposable
{
    private readonly TempSqliteStores stores = new();

    [Fact]
    public async Task A_repeated_read_is_served_from_memory()
    {
        var store = await SeededAsync();
        await store.GetEntitiesAsync([TestWorld.Emanuel, TestWorld.US]);
        var (hits, misses) = store.NodeCacheCounts;

        var again = await store.GetEntitiesAsync([TestWorld.Emanuel, TestWorld.US, TestWorld.CN]);

        Assert.Equal(["Rahm Emanuel", "United States", "China"], new[] { TestWorld.Emanuel, TestWorld.US, TestWorld.CN }.Select(id => again[id].Name));
        Assert.Equal((hits + 2, misses + 1), store.NodeCacheCounts);
    }

    [Fact]
    public async Task A_change_written_by_another_connection_is_read_at_once()
    {
        var store = await SeededAsync();
        Assert.Equal("Rahm Emanuel", (await store.GetEntitiesAsync([TestWorld.Emanuel]))[TestWorld.Emanuel].Name);
        Assert.Equal("Émanuel in Tokyo", (await store.GetArticlesAsync(["article:a1"]))["article:a1"].Title);

        await ExecuteAsync(store.DatabasePath, "UPDATE entities SET name = 'R. Emanuel' WHERE id = 'person:rahm-emanuel'");
        await ExecuteAsync(store.DatabasePath, "UPDATE articles SET title = 'Renamed' WHERE id = 'article:a1'");

        Assert.Equal("R. Emanuel", (await store.GetEntitiesAsync([TestWorld.Emanuel]))[TestWorld.Emanuel].Name);
        Assert.Equal("Renamed", (await store.GetArticlesAsync(["article:a1"]))["article:a1"].Title);
    }

    [Fact]
    public async Task An_article_this_store_writes_again_is_read_new()
    {
        var store = await SeededAsync();
        var before = (await store.GetArticlesAsync(["article:a1"]))["article:a1"];
        var changed = TestWorld.A1 with { Article = TestWorld.A1.Article with { Title = "Second edition", ContentHash = "changed" } };

        await store.UpsertArticleAsync(changed);

        var after = (await store.GetArticlesAsync(["article:a1"]))["article:a1"];
        Assert.Equal("Émanuel in Tokyo", before.Title);
        Assert.Equal("Second edition", after.Title);
    }

    [Fact]
    public async Task With_the_cache_off_reads_go_to_the_file_and_nothing_is_kept()
    {
        var path = stores.NewPath();
        using var store = new SqliteClaimsStore(new SqliteStoreOptions { Path = path, CachedEntities = 0, CachedArticles = 0 },
            NullLogger<SqliteClaimsStore>.Instance);
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);

        await store.GetEntitiesAsync([TestWorld.Emanuel]);
        var again = await store.GetEntitiesAsync([TestWorld.Emanuel]);

        Assert.Equal("Rahm Emanuel", again[TestWorld.Emanuel].Name);
        Assert.Equal((0, 0), store.NodeCacheCounts);
    }

    [Fact]
    public async Task A_full_cache_starts_over_instead_of_growing()
    {
        var path = stores.NewPath();
        using var store = new SqliteClaimsStore(new SqliteStoreOptions { Path = path, CachedEntities = 2 }, NullLogger<SqliteClaimsStore>.Instance);
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);

        await store.GetEntitiesAsync([TestWorld.Emanuel, TestWorld.Kishida, TestWorld.Wang]);
        var (hits, _) = store.NodeCacheCounts;
        await store.GetEntitiesAsync([TestWorld.Emanuel, TestWorld.Kishida, TestWorld.Wang]);

        // Three entities through a cache of two: at most two of them can be remembered.
        Assert.InRange(store.NodeCacheCounts.Hits - hits, 0, 2);
    }

    private async Task<SqliteClaimsStore> SeededAsync()
    {
        var store = stores.Create();
        foreach (var graph in TestWorld.All) await store.UpsertArticleAsync(graph);
        return store;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => stores.Dispose();
}
