using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Hostile;

/// <summary>
/// Thousands of generated malformed requests against the API on a real Kestrel socket: no 5xx, the server
/// still alive and answering afterwards, and the managed heap bounded.
/// </summary>
public sealed class HostileRequestTests
{
    private const int MinimumRequests = 2000;
    private const long HeapGrowthBoundBytes = 256L * 1024 * 1024;
    private const int TimedOut = -1;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Thousands_of_malformed_requests_get_no_5xx_and_leave_the_server_healthy()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
        }, ingestSamples: true);
        factory.UseKestrel(0);
        factory.StartServer();
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(5);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        await SendAsync(http, MalformedRequestCorpus.Generate(seed: 1, ApiFactory.ApiKey).Take(20)); // warm up before measuring
        var requests = MalformedRequestCorpus.Generate(seed: 20261128, ApiFactory.ApiKey).ToList();
        Assert.True(requests.Count >= MinimumRequests, $"only {requests.Count} requests generated");
        // Measured after the corpus exists: the bound is on what the server keeps, not on the test's own request bodies.
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var outcomes = await SendAsync(http, requests);

        var serverErrors = outcomes.Where(o => o.Status >= 500).ToList();
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} of {requests.Count} requests got 5xx: " +
            string.Join("; ", serverErrors.Take(10).Select(o => $"{o.Kind} -> {o.Status} {o.Snippet}")));
        var slow = outcomes.Where(o => o.Status == TimedOut).ToList();
        Assert.True(slow.Count == 0, $"{slow.Count} requests got no answer within {RequestTimeout.TotalSeconds} s: " +
            string.Join(", ", slow.GroupBy(o => o.Kind).Select(g => $"{g.Key} x{g.Count()}")));
        Assert.Contains(outcomes, o => o.Status == 400);
        Assert.Contains(outcomes, o => o.Status == 413);
        Assert.Contains(outcomes, o => o.Status == 415);

        // Alive, ready and still answering real queries; nothing leaked beyond a generous bound.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        var client = new GraphQLClient(http);
        Assert.True((await client.PostAsync("{ stats { articles quotes } }")).Ok()["stats"]!["articles"]!.GetValue<int>() >= 1);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(heapAfter - heapBefore < HeapGrowthBoundBytes,
            $"GC heap grew by {(heapAfter - heapBefore) / 1024 / 1024} MB over {requests.Count} requests");
    }

    private sealed record Outcome(string Kind, int Status, string Snippet);

    private static async Task<List<Outcome>> SendAsync(HttpClient http, IEnumerable<HostileRequest> requests)
    {
        var outcomes = new ConcurrentBag<Outcome>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (r, ct) =>
        {
            using var message = new HttpRequestMessage(r.Method, r.Path);
            if (r.Body is not null)
            {
                message.Content = new ByteArrayContent(r.Body);
                if (r.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
            }
            if (r.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", r.Accept);
            if (r.ApiKey is not null) message.Headers.Add("X-Api-Key", r.ApiKey);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(RequestTimeout);
            try
            {
                using var response = await http.SendAsync(message, timeout.Token);
                var text = await response.Content.ReadAsStringAsync(ct);
                outcomes.Add(new Outcome(r.Kind, (int)response.StatusCode, text.Length > 200 ? text[..200] : text));
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                outcomes.Add(new Outcome(r.Kind, TimedOut, $"no answer within {RequestTimeout.TotalSeconds} s"));
            }
            catch (HttpRequestException e)
            {
                // The server may close a connection on a body it refuses (413 mid-upload); that is not a 5xx,
                // but a dead server would show up in the health check afterwards.
                outcomes.Add(new Outcome(r.Kind, 0, e.Message));
            }
        });
        return outcomes.ToList();
    }
}
