using System.Net;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Neo4j.Cypher;
using ClaimsGraph.Storage.Tests.Neo4j.Fakes;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>The store through a scripted Query API: what it sends, in how many round trips, in which transaction.</summary>
public sealed class Neo4jClaimsStoreProtocolTests
{
    private readonly ScriptedNeo4j _neo4j = new();

    private async Task<Neo4jClaimsStore> InitializedStore(Neo4jOptions? options = null)
    {
        var store = Neo4jTestClients.Store(_neo4j.Handler, options);
        await store.InitializeAsync();
        _neo4j.Handler.Clear();
        return store;
    }

    [Fact]
    public async Task Initialize_creates_every_constraint_and_index_once()
    {
        var store = Neo4jTestClients.Store(_neo4j.Handler);
        await store.InitializeAsync();
        await store.InitializeAsync();

        var sent = _neo4j.Requests.Select(r => r.Statement).ToList();
        Assert.Equal(SchemaStatements.All.Select(s => s.Text), sent);
        Assert.All(_neo4j.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Contains(sent, s => s!.Contains("FOR (n:Person) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(sent, s => s!.StartsWith("CREATE FULLTEXT INDEX quote_text IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_article_is_written_in_one_transaction_with_UNWIND_batches()
    {
        var store = await InitializedStore();
        var graph = SampleGraphs.Create("a", people: 3);

        var result = await store.UpsertArticleAsync(graph);

        Assert.Equal(new UpsertResult(graph.Article.Id, UpsertOutcome.Created), result);
        var requests = _neo4j.Requests;
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.Equal(WriteStatements.ContentHashes.Name, ScriptedNeo4j.NameOf(requests[0].Statement));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", requests[^1].Path);
        Assert.All(requests.Skip(1), r => Assert.StartsWith("/db/neo4j/query/v2/tx/tx-1", r.Path, StringComparison.Ordinal));
        Assert.All(requests.Skip(1), r => Assert.Equal("aff-tx-1", r.Affinity));
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Contains("UNWIND $rows", r.Statement!, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => ScriptedNeo4j.NameOf(r.Statement) == WriteStatements.DeleteContributions.Name);
        var quoteRows = requests.Single(r => ScriptedNeo4j.NameOf(r.Statement) == WriteStatements.UpsertQuotes.Name).Parameters;
        Assert.Equal(3, quoteRows.GetProperty("rows").GetProperty("_value").GetArrayLength());
    }

    [Fact]
    public async Task Round_trips_per_article_do_not_grow_with_the_number_of_nodes()
    {
        var store = await InitializedStore();
        await store.UpsertArticleAsync(SampleGraphs.Create("small", people: 1));
        var small = _neo4j.Requests.Count;
        _neo4j.Handler.Clear();

        await store.UpsertArticleAsync(SampleGraphs.Create("large", people: 400));

        // open (+ hash check), article, 4 entity labels, quotes, 8 relationship statements, commit
        Assert.Equal(16, small);
        Assert.Equal(small, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task Rows_beyond_the_batch_size_are_split_into_chunks()
    {
        var store = await InitializedStore(Neo4jTestClients.Options(o => o.BatchRows = 100));

        await store.UpsertArticleAsync(SampleGraphs.Create("chunked", people: 250));

        var personBatches = _neo4j.Requests.Where(r => ScriptedNeo4j.NameOf(r.Statement) == "upsert-Person").ToList();
        Assert.Equal([100, 100, 50], personBatches.Select(r => r.Parameters.GetProperty("rows").GetProperty("_value").GetArrayLength()));
    }

    [Fact]
    public async Task Same_content_hash_is_unchanged_and_writes_nothing()
    {
        var store = await InitializedStore();
        var graph = SampleGraphs.Create("same");
        _neo4j.StoredHashes[graph.Article.Id] = graph.Article.ContentHash;

        var result = await store.UpsertArticleAsync(graph);

        Assert.Equal(UpsertOutcome.Unchanged, result.Outcome);
        Assert.Equal([HttpMethod.Post, HttpMethod.Delete], _neo4j.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Changed_article_replaces_its_contributions_and_removes_orphans()
    {
        var store = await InitializedStore();
        var graph = SampleGraphs.Create("changed");
        _neo4j.StoredHashes[graph.Article.Id] = "an older hash";
        _neo4j.TouchedByDelete.Add(("quote:old", graph.Article.Id));
        _neo4j.TouchedByDelete.Add((graph.Article.Id, "person:gone"));

        var result = await store.UpsertArticleAsync(graph);

        Assert.Equal(UpsertOutcome.Replaced, result.Outcome);
        Assert.Equal(18, _neo4j.Requests.Count); // as a new article, plus delete-contributions and remove-orphans
        var names = _neo4j.Requests.Select(r => ScriptedNeo4j.NameOf(r.Statement)).ToList();
        var delete = names.IndexOf(WriteStatements.DeleteContributions.Name);
        var orphans = names.IndexOf(WriteStatements.RemoveOrphans.Name);
        Assert.True(delete > 0 && orphans > delete, string.Join(", ", names));
        Assert.True(names.IndexOf(WriteStatements.UpsertArticles.Name) > delete && names.IndexOf(WriteStatements.MergeLocatedIn.Name) < orphans);
        var deleteParameters = _neo4j.Requests[delete].Parameters.GetProperty("articleIds").GetRawText();
        Assert.Contains(graph.Article.Id, deleteParameters, StringComparison.Ordinal);
        var candidates = _neo4j.Requests[orphans].Parameters.GetProperty("candidateIds").GetRawText();
        Assert.Contains("quote:old", candidates, StringComparison.Ordinal);
        Assert.Contains("person:gone", candidates, StringComparison.Ordinal);
        Assert.EndsWith("/commit", _neo4j.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_statement_rolls_the_whole_article_back()
    {
        var store = await InitializedStore();
        _neo4j.FailingStatement = WriteStatements.MergeAbout.Name;

        await Assert.ThrowsAsync<Neo4jClientErrorException>(() => store.UpsertArticleAsync(SampleGraphs.Create("fails")));

        Assert.Equal(HttpMethod.Delete, _neo4j.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1", _neo4j.Requests[^1].Path);
        Assert.DoesNotContain(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bulk_ingest_batches_several_articles_per_transaction()
    {
        var store = await InitializedStore(Neo4jTestClients.Options(o => o.ArticlesPerTransaction = 50));
        var graphs = Enumerable.Range(0, 120).Select(i => SampleGraphs.Create($"bulk-{i}")).ToList();

        var results = await store.UpsertArticlesAsync(graphs);

        Assert.Equal(graphs.Select(g => g.Article.Id), results.Select(r => r.ArticleId));
        Assert.All(results, r => Assert.Equal(UpsertOutcome.Created, r.Outcome));
        Assert.Equal(3, _neo4j.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Equal(3, _neo4j.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Inconsistent_graph_is_refused_before_anything_is_sent()
    {
        var store = await InitializedStore();
        var graph = SampleGraphs.Create("bad");
        graph = graph with { Targets = [new QuoteTarget(graph.Quotes[0].Id, "person:nobody", 1)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(graph));

        Assert.Contains("person:nobody", error.Message);
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task Report_pieces_that_do_not_start_with_the_span_are_refused_before_anything_is_sent()
    {
        var store = await InitializedStore();
        var graph = SampleGraphs.Create("bad-pieces");
        graph = graph with { Reports = [graph.Reports[0] with { Pieces = [new TextSpan(40, 50), new TextSpan(60, 70)] }, .. graph.Reports.Skip(1)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(graph));

        Assert.Contains(graph.Reports[0].QuoteId, error.Message);
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task Every_statement_the_store_sends_is_in_the_linted_catalog()
    {
        var store = Neo4jTestClients.Store(_neo4j.Handler);
        var graph = SampleGraphs.Create("catalog");
        await store.InitializeAsync();
        await store.UpsertArticleAsync(graph);
        _neo4j.StoredHashes[graph.Article.Id] = "old";
        _neo4j.TouchedByDelete.Add(("quote:x", "person:y"));
        await store.UpsertArticleAsync(graph);
        await ExerciseEveryRead(store, graph.Article.Id);

        var unknown = _neo4j.Requests.Where(r => r.Statement is not null && ScriptedNeo4j.NameOf(r.Statement) is null).Select(r => r.Statement).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task Reads_decode_typed_rows_into_domain_records()
    {
        var store = await InitializedStore();
        _neo4j.Answers[ReadStatements.EntitiesById.Name] = TypedRows.Response(["node"], [new Dictionary<string, object?>
        {
            ["id"] = "person:fumio-kishida", ["type"] = "Person", ["name"] = "Fumio Kishida",
            ["aliases"] = new List<string> { "Kishida" }, ["roles"] = new List<string> { "Prime Minister" },
        }]);
        _neo4j.Answers[ReadStatements.ListArticles.Name] = TypedRows.Response(["total", "items"], [12L, new List<object?>
        {
            new Dictionary<string, object?>
            {
                ["id"] = "article:1", ["title"] = "Summit", ["publishedAt"] = new DateTimeOffset(2024, 4, 10, 0, 0, 0, TimeSpan.Zero),
                ["ingestedAt"] = new DateTimeOffset(2024, 4, 11, 0, 0, 0, TimeSpan.Zero), ["wordCount"] = 5, ["contentHash"] = "h", ["text"] = "t",
            },
        }]);
        _neo4j.Answers[PathQueries.ShortestPath(Neo4jLabels.Entity, Neo4jLabels.Entity, 3).Name] = TypedRows.Response(["ids", "types"],
            [new List<string> { "person:a", "quote:q", "state:JP" }, new List<string> { "SAID", "ABOUT" }]);
        _neo4j.Answers[ReadStatements.QuoteTimeline.Name] = TypedRows.Response(["start", "quotes"], [new DateOnly(2024, 4, 8), 3L]);
        _neo4j.Answers[ReadStatements.Mentions.Name] = TypedRows.Response(["articleId", "entityId", "count", "spans"],
            ["article:1", "state:JP", 2L, new List<int> { 0, 5, 10, 15 }]);

        var person = Assert.IsType<Person>((await store.GetEntitiesAsync(["person:fumio-kishida", "person:unknown"]))["person:fumio-kishida"]);
        var page = await store.ListArticlesAsync("SUMMIT", new PageRequest(10, 1));
        var path = await store.FindPathAsync("person:a", "state:JP", 3);
        var timeline = await store.QuoteTimelineAsync("state:JP", TimeBucket.Week);
        var mentions = await store.GetMentionsAsync(["article:1", "article:none"]);

        Assert.Equal(["Prime Minister"], person.Roles);
        Assert.Equal(12, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 0, 0, 0, TimeSpan.Zero), Assert.Single(page.Items).PublishedAt);
        Assert.Equal([new PathStep("person:a", RelationshipType.SAID, "quote:q"), new PathStep("quote:q", RelationshipType.ABOUT, "state:JP")], path);
        Assert.Equal([new TimelinePoint(new DateOnly(2024, 4, 8), 3)], timeline);
        Assert.Equal([new TextSpan(0, 5), new TextSpan(10, 15)], Assert.Single(mentions["article:1"]).Spans);
        Assert.Empty(mentions["article:none"]);

        var listRequest = _neo4j.Requests.Single(r => ScriptedNeo4j.NameOf(r.Statement) == ReadStatements.ListArticles.Name);
        Assert.Equal("summit", listRequest.Parameters.GetProperty("titleKey").GetProperty("_value").GetString());
        Assert.Equal("11", listRequest.Parameters.GetProperty("end").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Report_pieces_are_sent_as_a_flat_int_list_and_null_for_a_one_piece_quote()
    {
        var store = await InitializedStore();
        var sample = SampleGraphs.Create("pieces", people: 2);
        var inPieces = sample.Reports[0] with { Span = new TextSpan(0, 12) };
        inPieces = inPieces with { Pieces = [new TextSpan(0, 12), new TextSpan(25, 60), new TextSpan(80, 95)] };
        var graph = sample with { Reports = [inPieces, sample.Reports[1]] };

        await store.UpsertArticleAsync(graph);

        var request = _neo4j.Requests.Single(r => ScriptedNeo4j.NameOf(r.Statement) == WriteStatements.MergeQuoteReports.Name);
        Assert.Contains("r.pieces = row.pieces", request.Statement!, StringComparison.Ordinal);
        var rows = Assert.IsType<List<object?>>(Neo4jTypedJson.ReadValue(request.Parameters.GetProperty("rows")));
        var byQuote = rows.Cast<IReadOnlyDictionary<string, object?>>().ToDictionary(r => (string)r["quoteId"]!);
        Assert.Equal([0L, 12L, 25L, 60L, 80L, 95L], Assert.IsType<List<object?>>(byQuote[inPieces.QuoteId]["pieces"]));
        Assert.Equal((0L, 12L), ((long)byQuote[inPieces.QuoteId]["spanStart"]!, (long)byQuote[inPieces.QuoteId]["spanEnd"]!));
        Assert.True(byQuote[sample.Reports[1].QuoteId].ContainsKey("pieces"));
        Assert.Null(byQuote[sample.Reports[1].QuoteId]["pieces"]);
    }

    [Fact]
    public async Task Report_pieces_read_back_from_the_relationship_and_absent_pieces_read_as_none()
    {
        var store = await InitializedStore();
        _neo4j.Answers[ReadStatements.QuoteReports.Name] = TypedRows.Response(["quoteId", "articleId", "span"],
            ["quote:a", "article:1", new Dictionary<string, object?>
            {
                ["articleId"] = "article:1", ["spanStart"] = 3L, ["spanEnd"] = 20L, ["cueStart"] = 21L, ["cueEnd"] = 30L,
                ["pieces"] = new List<long> { 3, 20, 40, 70 },
            }],
            ["quote:a", "article:2", new Dictionary<string, object?> { ["articleId"] = "article:2", ["spanStart"] = 5L, ["spanEnd"] = 9L }]);

        var reports = (await store.GetQuoteReportsAsync(["quote:a"]))["quote:a"];

        Assert.Equal(2, reports.Count);
        Assert.Equal(new QuoteReport("quote:a", "article:1", new TextSpan(3, 20), new TextSpan(21, 30), null)
            { Pieces = [new TextSpan(3, 20), new TextSpan(40, 70)] }, reports[0]);
        Assert.Equal(new QuoteReport("quote:a", "article:2", new TextSpan(5, 9), null, null), reports[1]);
        Assert.Empty(reports[1].Pieces);
        Assert.Equal([new TextSpan(5, 9)], reports[1].AllPieces);
    }

    [Fact]
    public async Task Quote_text_filter_uses_the_full_text_index_with_caller_syntax_removed()
    {
        var store = await InitializedStore();
        _neo4j.Answers[QuoteQueries.Find(true, QuoteQueries.DefaultOrder).Name] = TypedRows.Response(["total", "items"], [0L, new List<object?>()]);

        await store.FindQuotesAsync(new QuoteFilter { Text = "Kishida's \"plan\" OR title:* Zürich", PublishedAfter = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)) },
            [], PageRequest.First(10));

        var request = Assert.Single(_neo4j.Requests);
        Assert.StartsWith("CALL db.index.fulltext.queryNodes('quote_text', $textQuery)", request.Statement, StringComparison.Ordinal);
        Assert.Equal("kishida AND s AND plan AND or AND title AND zurich", request.Parameters.GetProperty("textQuery").GetProperty("_value").GetString());
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00\u002B00:00"}""", request.Parameters.GetProperty("publishedAfter").GetRawText());
    }

    [Fact]
    public async Task Path_length_outside_one_to_four_is_refused_without_a_query()
    {
        var store = await InitializedStore();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindPathAsync("person:a", "state:JP", 5));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindPathAsync("person:a", "state:JP", 0));
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task Neo4j_down_fails_fast_with_store_unavailable_and_recovers_lazily()
    {
        var up = false;
        var handler = new FakeNeo4jHandler
        {
            Respond = (_, _) => up
                ? Task.FromResult(FakeNeo4jHandler.Json(HttpStatusCode.Accepted, TypedRows.Response(["node"])))
                : throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"),
        };
        var store = Neo4jTestClients.Store(handler);

        var init = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        var read = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetEntitiesAsync(["person:a"]));
        var health = await store.CheckHealthAsync();

        Assert.Contains("unreachable", init.Message);
        Assert.Contains("unreachable", read.Message);
        Assert.False(health.IsHealthy);
        Assert.Equal("Neo4j", health.Provider);
        Assert.Contains("unreachable", health.Description);

        up = true;
        Assert.Empty(await store.GetEntitiesAsync(["person:a"]));
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
    }

    [Fact]
    public async Task Wrong_password_gives_a_clear_message()
    {
        var handler = new FakeNeo4jHandler
        {
            Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "bad credentials")),
        };
        var store = Neo4jTestClients.Store(handler);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ListArticlesAsync(null, PageRequest.First(5)));

        Assert.Equal("Neo4j authentication failed at http://neo4j.test:7474/: check Neo4j:User and Neo4j:Password.", error.Message);
    }

    [Fact]
    public async Task Unknown_database_is_reported_as_store_unavailable()
    {
        var handler = new FakeNeo4jHandler
        {
            Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist.")),
        };
        var store = Neo4jTestClients.Store(handler, Neo4jTestClients.Options(o => o.Database = "claims"));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());

        Assert.Contains("Neo4j:Database ('claims')", error.Message);
        Assert.Equal("/db/claims/query/v2", handler.Requests[0].Path);
    }

    private static async Task ExerciseEveryRead(IClaimsStore store, string articleId)
    {
        await store.CheckHealthAsync();
        await store.GetContentHashAsync(articleId);
        await store.GetEntitiesAsync(["person:a"]);
        await store.GetArticlesAsync([articleId]);
        await store.GetQuotesAsync(["quote:a"]);
        await store.GetQuoteReportsAsync(["quote:a"]);
        await store.GetQuoteTargetsAsync(["quote:a"]);
        await store.GetAffiliationsAsync(["person:a"]);
        await store.GetEventParticipantsAsync(["event:a"]);
        await store.GetMentionsAsync([articleId]);
        await store.GetEventArticleIdsAsync(["event:a"]);
        await store.CoMentionedAsync("state:JP", 5);
        await store.FindPathAsync("person:a", "quote:b", 2);
        await store.FindPathAsync("article:a", "state:JP", 4);
        await store.SearchAsync("japan", null, 5);
        await store.SearchAsync("japan", ["Person", "Quote"], 5);
        await store.TopSpeakersAsync(5, DateTimeOffset.UnixEpoch);
        await store.TopSubjectsAsync(5, null);
        await store.QuoteTimelineAsync("state:JP", TimeBucket.Month);
        foreach (var read in SingleRowReads(store, articleId))
        {
            try { await read(); } catch (InvalidOperationException) { /* the fake answers no rows; only the statement matters here */ }
        }
    }

    private static IEnumerable<Func<Task>> SingleRowReads(IClaimsStore store, string articleId)
    {
        yield return () => store.GetStatsAsync();
        var page = PageRequest.First(5);
        yield return () => store.ListArticlesAsync("summit", page);
        foreach (var type in Enum.GetValues<EntityType>()) yield return () => store.ListEntitiesAsync(type, "jap", page);
        yield return () => store.FindQuotesAsync(new QuoteFilter { ArticleId = articleId }, [new QuoteOrder(QuoteOrderField.Confidence, true)], page);
        yield return () => store.FindQuotesAsync(new QuoteFilter { Text = "agree" }, [], page);
        yield return () => store.FindEventsAsync(new EventFilter { Type = "SUMMIT" }, page);
        yield return () => store.FindAffiliatedPeopleAsync("state:JP", page);
        yield return () => store.WhoSaidAboutAsync("state:JP", page);
    }
}
