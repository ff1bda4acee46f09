using System.Text.Json.Serialization;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The subtype-specific fields of an entity row's <c>extra</c> JSON column. One typed shape for writing and
/// reading, so a read is one source-generated deserialisation rather than a JSON DOM per entity.
/// </summary>
internal sealed record EntityExtra
{
    [JsonPropertyName("roles"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Roles { get; init; }

    [JsonPropertyName("officialName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OfficialName { get; init; }

    [JsonPropertyName("demonyms"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Demonyms { get; init; }

    [JsonPropertyName("kind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }

    [JsonPropertyName("dateText"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateText { get; init; }
}
