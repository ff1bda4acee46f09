using System.Net;
using System.Text.Json;

namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>One Query API response taken apart: errors first (whatever the status), then data and transaction.</summary>
internal sealed record Neo4jResponse(Neo4jResult Result, string? TransactionId, string? Affinity)
{
    public static Neo4jResponse Parse(HttpResponseMessage response, string body, Neo4jOptions options)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            var how = string.IsNullOrEmpty(options.Token) ? "check Neo4j:User and Neo4j:Password" : "check Neo4j:Token";
            throw new Neo4jUnavailableException($"Neo4j authentication failed at {options.Uri}: {how}.", isRetryable: false);
        }
        if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            throw new Neo4jUnavailableException($"Neo4j at {options.Uri} is unavailable (HTTP {status}).", isRetryable: true);
        }

        JsonDocument? document = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body)) document = JsonDocument.Parse(body);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            // A proxy's HTML error page: fall through to the status-based error below.
        }

        using (document)
        {
            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                if (code == "Neo.ClientError.Security.Unauthorized")
                {
                    throw new Neo4jUnavailableException($"Neo4j authentication failed at {options.Uri}: check Neo4j:User and Neo4j:Password.", isRetryable: false);
                }
                throw Neo4jException.FromCode(code, message);
            }
            if (!response.IsSuccessStatusCode)
            {
                var code = $"HTTP {status}";
                var message = body.Length > 200 ? body[..200] : body;
                throw status >= 500 ? new Neo4jDatabaseErrorException(code, message) : new Neo4jClientErrorException(code, message);
            }

            var affinity = response.Headers.TryGetValues(Neo4jQueryClient.AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            if (root is not { ValueKind: JsonValueKind.Object } ok) return new Neo4jResponse(Neo4jResult.Empty, null, affinity);
            var txId = ok.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
            return new Neo4jResponse(ReadResult(ok), txId, affinity);
        }
    }

    private static Neo4jResult ReadResult(JsonElement root)
    {
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new Neo4jResult([], [], bookmarks);
        }
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var index = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var records = new List<Neo4jRecord>();
        foreach (var row in data.GetProperty("values").EnumerateArray())
        {
            records.Add(new Neo4jRecord(index, row.EnumerateArray().Select(Neo4jTypedJson.ReadValue).ToList()));
        }
        return new Neo4jResult(fields, records, bookmarks);
    }
}
