using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Cli.Tests.CrashConsistency;

/// <summary>
/// SIGKILLs a real <c>claimsgraph ingest</c> mid-way, restarts it to the end, and compares the store with a
/// clean run: right after the kill every article is complete or absent and nothing is orphaned; after the
/// resumed run the store equals the clean one row for row.
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    private const int ArticleCount = 240;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(8);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "claimsgraph-crash-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_killed_ingest_leaves_whole_articles_only_and_resuming_equals_a_clean_run()
    {
        Assert.True(File.Exists(CliProcess.DllPath), $"the CLI is not built next to the tests: {CliProcess.DllPath}");
        var articles = Path.Combine(_root, "articles");
        GeneratedArticles.Write(articles, ArticleCount, seed: 6);

        var cleanDb = Path.Combine(_root, "clean", "claimsgraph.db");
        Directory.CreateDirectory(Path.GetDirectoryName(cleanDb)!);
        await CliProcess.RunIngestAsync(articles, cleanDb, RunTimeout);
        var clean = StoreSnapshot.Read(cleanDb);
        Assert.Empty(clean.Problems);
        Assert.Equal(ArticleCount, clean.ArticleIds.Count);

        var crashDb = Path.Combine(_root, "crash", "claimsgraph.db");
        Directory.CreateDirectory(Path.GetDirectoryName(crashDb)!);
        var storedAtKill = await KillMidwayAsync(articles, crashDb);

        // Right after SIGKILL: consistent, nothing orphaned, and every stored article exactly as in the clean run.
        var afterKill = StoreSnapshot.Read(crashDb);
        Assert.Empty(afterKill.Problems);
        var present = afterKill.ArticleIds;
        Assert.True(present.Count >= storedAtKill && present.Count < ArticleCount,
            $"{present.Count} of {ArticleCount} articles stored after the kill; expected some but not all");
        foreach (var table in StoreSnapshot.ArticleTables)
            Assert.Equal(clean.RowsOf(table, present), afterKill.RowsOf(table, present));

        // Resume: the same command again finishes the job and the result equals the clean run row for row.
        await CliProcess.RunIngestAsync(articles, crashDb, RunTimeout);
        var resumed = StoreSnapshot.Read(crashDb);
        Assert.Empty(resumed.Problems);
        foreach (var table in StoreSnapshot.ArticleTables.Concat(StoreSnapshot.SharedTables))
        {
            Assert.True(clean.Rows[table].Count == resumed.Rows[table].Count, $"{table}: {resumed.Rows[table].Count} rows, clean run {clean.Rows[table].Count}");
            Assert.Equal(clean.RowsOf(table), resumed.RowsOf(table));
        }
    }

    /// <summary>Starts the ingest and SIGKILLs it once some but not all articles are committed; returns how many were seen.</summary>
    private static async Task<int> KillMidwayAsync(string articles, string databasePath)
    {
        using var process = CliProcess.StartIngest(articles, databasePath);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < RunTimeout)
        {
            var stored = CountArticles(databasePath);
            if (stored > 0)
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup, no flush
                await process.WaitForExitAsync();
                return stored;
            }
            if (process.HasExited)
                throw new Xunit.Sdk.XunitException($"the ingest ended (exit {process.ExitCode}) before it could be killed mid-way:\n" +
                                                   CliProcess.Tail(await output + await errors));
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        throw new Xunit.Sdk.XunitException("no article was committed in time");
    }

    private static int CountArticles(string databasePath)
    {
        if (!File.Exists(databasePath)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar());
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet, or the writer holds a lock for a moment
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
