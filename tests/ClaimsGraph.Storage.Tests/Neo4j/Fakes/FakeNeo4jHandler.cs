using System.Net;
using System.Text;
using ClaimsGraph.Storage.Neo4j.Client;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>
/// Answers as Neo4j's Query API documentation shows. Each request is recorded, then handed to
/// <see cref="Respond"/>; responses are built with the helpers below (status, JSON body, headers).
/// </summary>
public sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(Json(HttpStatusCode.Accepted, EmptyData));

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public void Clear()
    {
        lock (_requests) _requests.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues(Neo4jQueryClient.AffinityHeader, out var values) ? values.Single() : null,
            body);
        lock (_requests) _requests.Add(recorded);
        return await Respond(recorded, cancellationToken);
    }

    public const string EmptyData = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ"]}""";

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string? affinity = null)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, Neo4jQueryClient.MediaType),
        };
        if (affinity is not null) response.Headers.Add(Neo4jQueryClient.AffinityHeader, affinity);
        return response;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public static string TransactionOpened(string id, string data = """{"fields":[],"values":[]}""") =>
        $$$"""{"data":{{{data}}},"bookmarks":[],"transaction":{"id":"{{{id}}}","expires":"2026-11-28T07:00:00Z"}}""";
}
