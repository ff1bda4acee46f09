using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClaimsGraph.Cli.Bench;

/// <summary>Posts one fixed GraphQL request over loopback HTTP; any non-200 or a response with errors is a failure.</summary>
public sealed class GraphQLBenchClient(HttpClient http)
{
    private static readonly byte[] ErrorsMarker = "\"errors\""u8.ToArray();

    public Func<CancellationToken, Task> Prepare(string query, object variables)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables }));
        return async cancellationToken =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/graphql", content, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || bytes.AsSpan().IndexOf(ErrorsMarker) >= 0)
                throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 300)])}");
        };
    }
}
