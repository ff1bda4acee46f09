using System.Text.Json;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>What the client sent: method, path, headers of interest and the body.</summary>
public sealed record RecordedRequest(
    HttpMethod Method, string Path, string? Accept, string? ContentType, string? Authorization, string? Affinity, string? Body)
{
    public string? Statement => Body is null ? null : JsonDocument.Parse(Body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;

    public JsonElement Parameters => Body is not null && JsonDocument.Parse(Body).RootElement.TryGetProperty("parameters", out var p)
        ? p.Clone()
        : default;
}
