using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Tests.Neo4j.Fakes;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>The Query API client against recorded protocol: requests as Neo4j expects them, answers as its docs show.</summary>
public sealed class Neo4jQueryClientTests
{
    private readonly FakeNeo4jHandler _handler = new();

    [Fact]
    public async Task Implicit_query_posts_typed_statement_with_basic_auth_and_decodes_typed_values()
    {
        _handler.Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Json(HttpStatusCode.Accepted, """
            {"data":{"fields":["n","f","s","b","nothing","list","map","day","at","zoned","local"],
             "values":[[
               {"$type":"Integer","_value":"9007199254740993"},
               {"$type":"Float","_value":"0.25"},
               {"$type":"String","_value":"Kishida"},
               {"$type":"Boolean","_value":true},
               {"$type":"Null","_value":null},
               {"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"two"}]},
               {"$type":"Map","_value":{"role":{"$type":"String","_value":"HOST"}}},
               {"$type":"Date","_value":"2024-04-10"},
               {"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"},
               {"$type":"DateTime","_value":"2024-01-01T21:40:32+01:00[Europe/Paris]"},
               {"$type":"LocalDateTime","_value":"2024-01-01T21:40:32"}
             ]]},
             "bookmarks":["FB:kcwQ"]}
            """));
        var client = Neo4jTestClients.Client(_handler);

        var result = await client.RunAsync("RETURN $x AS n", new Dictionary<string, object?> { ["x"] = 1 });

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(Neo4jQueryClient.MediaType, request.Accept);
        Assert.Equal(Neo4jQueryClient.MediaType, request.ContentType);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret-pw"u8.ToArray()), request.Authorization);
        Assert.Equal("RETURN $x AS n", request.Statement);
        Assert.Equal("""{"$type":"Integer","_value":"1"}""", request.Parameters.GetProperty("x").GetRawText());

        var record = Assert.Single(result.Records);
        Assert.Equal(9007199254740993L, record["n"]);
        Assert.Equal(0.25, record["f"]);
        Assert.Equal("Kishida", record["s"]);
        Assert.Equal(true, record["b"]);
        Assert.Null(record["nothing"]);
        Assert.Equal(new object?[] { 1L, "two" }, record.List("list"));
        Assert.Equal("HOST", record.Map("map")["role"]);
        Assert.Equal(new DateOnly(2024, 4, 10), record["day"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), record["at"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(1)), record["zoned"]);
        Assert.Equal(new DateTime(2024, 1, 1, 21, 40, 32), record["local"]);
        Assert.Equal(["FB:kcwQ"], result.Bookmarks);
    }

    [Fact]
    public async Task Parameters_are_sent_with_their_Neo4j_types()
    {
        var client = Neo4jTestClients.Client(_handler);
        var parameters = new Dictionary<string, object?>
        {
            ["s"] = "text",
            ["i"] = 42,
            ["l"] = long.MaxValue,
            ["d"] = 0.1,
            ["b"] = false,
            ["n"] = null,
            ["list"] = new List<string> { "a", "b" },
            ["map"] = new Dictionary<string, object?> { ["k"] = 1.5 },
            ["day"] = new DateOnly(2024, 4, 10),
            ["at"] = new DateTimeOffset(2024, 4, 10, 9, 30, 0, TimeSpan.Zero),
            ["kind"] = DayOfWeek.Monday,
        };

        await client.RunAsync("RETURN 1", parameters);

        var p = _handler.Requests.Single().Parameters;
        string Typed(string name) => p.GetProperty(name).GetRawText();
        Assert.Equal("""{"$type":"String","_value":"text"}""", Typed("s"));
        Assert.Equal("""{"$type":"Integer","_value":"42"}""", Typed("i"));
        Assert.Equal("""{"$type":"Integer","_value":"9223372036854775807"}""", Typed("l"));
        Assert.Equal("""{"$type":"Float","_value":"0.1"}""", Typed("d"));
        Assert.Equal("""{"$type":"Boolean","_value":false}""", Typed("b"));
        Assert.Equal("""{"$type":"Null","_value":null}""", Typed("n"));
        Assert.Equal("""{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]}""", Typed("list"));
        Assert.Equal("""{"$type":"Map","_value":{"k":{"$type":"Float","_value":"1.5"}}}""", Typed("map"));
        Assert.Equal("""{"$type":"Date","_value":"2024-04-10"}""", Typed("day"));
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2024-04-10T09:30:00\u002B00:00"}""", Typed("at"));
        Assert.Equal("""{"$type":"String","_value":"Monday"}""", Typed("kind"));
    }

    [Fact]
    public async Task Unsupported_parameter_type_is_a_clear_argument_error()
    {
        var client = Neo4jTestClients.Client(_handler);
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new object() }));
        Assert.Contains("cannot be sent to Neo4j", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Accepted)] // servers before 2025.11 answer 202 even for a failed query
    public async Task Client_error_in_body_becomes_typed_exception_with_code(HttpStatusCode status)
    {
        _handler.Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(status,
            "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        var client = Neo4jTestClients.Client(_handler);

        var error = await Assert.ThrowsAsync<Neo4jClientErrorException>(() => client.RunAsync("RETRUN 1"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("RETRUN", error.ServerMessage);
        Assert.Single(_handler.Requests); // client errors are not retried
    }

    [Fact]
    public async Task Database_error_becomes_database_exception()
    {
        _handler.Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.InternalServerError,
            "Neo.DatabaseError.General.UnknownError", "boom"));
        var error = await Assert.ThrowsAsync<Neo4jDatabaseErrorException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1"));
        Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
    }

    [Fact]
    public async Task Unauthorized_is_a_clear_store_unavailable_message_and_not_retried()
    {
        _handler.Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.Unauthorized,
            "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1"));

        Assert.Contains("authentication failed", error.Message);
        Assert.Contains("Neo4j:User and Neo4j:Password", error.Message);
        Assert.DoesNotContain("secret-pw", error.Message);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Bearer_token_wins_over_password()
    {
        var client = Neo4jTestClients.Client(_handler, Neo4jTestClients.Options(o => o.Token = "tok-123"));
        await client.RunAsync("RETURN 1");
        Assert.Equal("Bearer tok-123", _handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Transient_error_then_success_is_retried()
    {
        var calls = 0;
        _handler.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? FakeNeo4jHandler.Error(HttpStatusCode.Accepted,
                "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : FakeNeo4jHandler.Json(HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"7"}]]}}"""));

        var result = await Neo4jTestClients.Client(_handler).RunAsync("RETURN 7 AS x");

        Assert.Equal(7L, result.Single()["x"]);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Persistent_transient_error_gives_up_after_the_configured_retries()
    {
        _handler.Respond = (_, _) => Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.Accepted,
            "Neo.TransientError.General.DatabaseUnavailable", "starting"));

        var error = await Assert.ThrowsAsync<Neo4jTransientErrorException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1"));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        Assert.Equal(1 + 3, _handler.Requests.Count);
    }

    [Fact]
    public async Task Service_unavailable_then_success_is_retried()
    {
        var calls = 0;
        _handler.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref calls) <= 2
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData));

        await Neo4jTestClients.Client(_handler).RunAsync("RETURN 1");

        Assert.Equal(3, _handler.Requests.Count);
    }

    [Fact]
    public async Task Refused_connection_is_retried_then_reported_as_store_unavailable()
    {
        _handler.Respond = (_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)",
            new SocketException((int)SocketError.ConnectionRefused));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1"));

        Assert.Contains("unreachable", error.Message);
        Assert.Contains("http://neo4j.test:7474", error.Message);
        Assert.Equal(4, _handler.Requests.Count);
    }

    [Fact]
    public async Task Real_refused_connection_fails_fast_with_store_unavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connections are refused
        using var handler = new SocketsHttpHandler();
        var client = Neo4jTestClients.Client(new FakeHttpClientFactory(handler),
            Neo4jTestClients.Options(o => o.Uri = new Uri($"http://127.0.0.1:{port}")));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync("RETURN 1"));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Slow_server_times_out_as_store_unavailable()
    {
        _handler.Respond = async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData);
        };
        var client = Neo4jTestClients.Client(_handler, Neo4jTestClients.Options(o => o.RequestTimeout = TimeSpan.FromMilliseconds(50)));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync("RETURN 1"));

        Assert.Contains("did not answer", error.Message);
    }

    [Fact]
    public async Task Caller_cancellation_is_honoured_and_not_retried()
    {
        using var cts = new CancellationTokenSource();
        _handler.Respond = async (_, ct) =>
        {
            await cts.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1", null, cts.Token));

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Transaction_open_run_commit_echoes_the_cluster_affinity_header()
    {
        _handler.Respond = (request, _) => Task.FromResult(request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.TransactionOpened("tx-7"), affinity: "member-2")
            : FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData));
        var client = Neo4jTestClients.Client(_handler);

        await using (var tx = await client.BeginTransactionAsync())
        {
            Assert.Equal("tx-7", tx.Id);
            Assert.Equal("member-2", tx.ClusterAffinity);
            await tx.RunAsync("CREATE (:Quote {id: $id})", new Dictionary<string, object?> { ["id"] = "quote:1" });
            await tx.CommitAsync();
        }

        var requests = _handler.Requests;
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx-7", "/db/neo4j/query/v2/tx/tx-7/commit"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal("member-2", r.Affinity));
        Assert.Equal("CREATE (:Quote {id: $id})", requests[1].Statement);
    }

    [Fact]
    public async Task Transaction_rollback_is_a_DELETE_with_the_affinity_header_and_dispose_does_not_repeat_it()
    {
        _handler.Respond = (request, _) => Task.FromResult(request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.TransactionOpened("tx-8"), affinity: "member-1")
            : FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData));
        var client = Neo4jTestClients.Client(_handler);

        await using (var tx = await client.BeginTransactionAsync())
        {
            await tx.RollbackAsync();
        }

        var rollback = _handler.Requests.Last();
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(HttpMethod.Delete, rollback.Method);
        Assert.Equal("/db/neo4j/query/v2/tx/tx-8", rollback.Path);
        Assert.Equal("member-1", rollback.Affinity);
    }

    [Fact]
    public async Task Failing_unit_of_work_rolls_back_and_is_not_committed()
    {
        _handler.Respond = (request, _) => Task.FromResult(
            request.Path.EndsWith("/tx", StringComparison.Ordinal) ? FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.TransactionOpened("tx-9"), "m")
            : request.Method == HttpMethod.Delete ? FakeNeo4jHandler.Json(HttpStatusCode.OK, "{}")
            : FakeNeo4jHandler.Error(HttpStatusCode.Accepted, "Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));
        var client = Neo4jTestClients.Client(_handler);

        await Assert.ThrowsAsync<Neo4jClientErrorException>(() =>
            client.ExecuteWriteAsync<int>(async (tx, ct) => { await tx.RunAsync("CREATE (:Quote {id: 'x'})", null, ct); return 1; }));

        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Delete], _handler.Requests.Select(r => r.Method));
        Assert.DoesNotContain(_handler.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transient_failure_inside_a_unit_of_work_reruns_the_whole_transaction()
    {
        var runs = 0;
        _handler.Respond = (request, _) =>
        {
            if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
                return Task.FromResult(FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.TransactionOpened($"tx-{_handler.Requests.Count}"), "m"));
            if (request.Method == HttpMethod.Post && !request.Path.EndsWith("/commit", StringComparison.Ordinal) && Interlocked.Increment(ref runs) == 1)
                return Task.FromResult(FakeNeo4jHandler.Error(HttpStatusCode.Accepted, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
            return Task.FromResult(FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData));
        };
        var client = Neo4jTestClients.Client(_handler);

        var attempts = 0;
        await client.ExecuteWriteAsync(async (tx, ct) => { attempts++; await tx.RunAsync("MERGE (:Quote {id: 'x'})", null, ct); return 0; });

        Assert.Equal(2, attempts);
        Assert.Equal(2, _handler.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Single(_handler.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_error_page_from_a_proxy_is_a_typed_error_not_a_parse_crash()
    {
        _handler.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("<html>not found</html>"),
        });
        var error = await Assert.ThrowsAsync<Neo4jClientErrorException>(() => Neo4jTestClients.Client(_handler).RunAsync("RETURN 1"));
        Assert.Equal("HTTP 404", error.Code);
    }
}
