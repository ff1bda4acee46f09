using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimsGraph.Cli.Bench;

/// <summary>Posts one fixed request over loopback HTTP; any non-200 or a response with errors is a failure.</summary>
public sealed class LoopbackBenchClient(HttpClient http)
{
    private static readonly byte[] ErrorsMarker = "\"errors\""u8.ToArray();

    public Func<CancellationToken, Task> Prepare(string query, object variables) =>
        Post("/graphql", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables })));

    /// <summary>The benchmark host's plain JSON endpoint for the same data (no GraphQL).</summary>
    public Func<CancellationToken, Task> PreparePlain(string path) => Post(path, "{}"u8.ToArray());

    /// <summary>The <c>data</c> of one GraphQL response.</summary>
    public Task<JsonNode?> DataAsync(string query, object variables, CancellationToken cancellationToken) =>
        DataAsync("/graphql", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables })), cancellationToken);

    /// <summary>The <c>data</c> of one plain endpoint's response.</summary>
    public Task<JsonNode?> DataAsync(string path, CancellationToken cancellationToken) => DataAsync(path, "{}"u8.ToArray(), cancellationToken);

    private async Task<JsonNode?> DataAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(path, content, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["data"];
    }

    private Func<CancellationToken, Task> Post(string path, byte[] body)
    {
        return async cancellationToken =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(path, content, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || bytes.AsSpan().IndexOf(ErrorsMarker) >= 0)
                throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 300)])}");
        };
    }
}
