using System.Net;
using System.Net.Sockets;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Operations;

/// <summary>
/// With Neo4j down or refusing our password the API still starts, /health/ready says so, and GraphQL
/// answers STORE_UNAVAILABLE with a clear message — never a 500.
/// </summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task Neo4j_down_gives_unhealthy_ready_and_STORE_UNAVAILABLE()
    {
        using var factory = Neo4jAt($"http://127.0.0.1:{FreePort()}");
        var client = factory.CreateGraphQLClient();

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync("/health/ready")).StatusCode);

        var read = await client.PostAsync("{ stats { articles } }", accept: "application/json");
        Assert.NotEqual(HttpStatusCode.InternalServerError, read.Status);
        Assert.Equal(["STORE_UNAVAILABLE"], read.ErrorCodes);
        Assert.Contains("unreachable", read.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", read.Text);

        var write = await client.PostAsync("mutation { ingestArticle(input: {text: \"The mayor said, \\\"Hello.\\\"\"}) { created } }",
            apiKey: ApiFactory.ApiKey, accept: "application/json");
        Assert.NotEqual(HttpStatusCode.InternalServerError, write.Status);
        Assert.Equal(["STORE_UNAVAILABLE"], write.ErrorCodes);
    }

    [Fact]
    public async Task A_wrong_Neo4j_password_is_named_in_the_error()
    {
        using var neo4j = new HttpListener();
        var port = FreePort();
        neo4j.Prefixes.Add($"http://127.0.0.1:{port}/");
        neo4j.Start();
        using var stop = new CancellationTokenSource();
        var answering = AnswerUnauthorizedAsync(neo4j, stop.Token);

        using var factory = Neo4jAt($"http://127.0.0.1:{port}");
        var client = factory.CreateGraphQLClient();
        var read = await client.PostAsync("{ stats { articles } }", accept: "application/json");

        Assert.Equal(["STORE_UNAVAILABLE"], read.ErrorCodes);
        Assert.Contains("authentication failed", read.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Neo4j:Password", read.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync("/health/ready")).StatusCode);
        stop.Cancel();
        neo4j.Stop();
        await answering;
    }

    private static ConfiguredApiFactory Neo4jAt(string uri) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Neo4j",
        ["Neo4j:Uri"] = uri,
        ["Neo4j:User"] = "neo4j",
        ["Neo4j:Password"] = "wrong",
        ["Neo4j:MaxRetries"] = "0",
        ["Neo4j:RequestTimeout"] = "00:00:05",
        ["RateLimiting:Enabled"] = "false",
    });

    private static async Task AnswerUnauthorizedAsync(HttpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            var body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""u8.ToArray();
            await context.Response.OutputStream.WriteAsync(body, stop);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
