using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Maps the entity subtypes onto one table row (shared columns + a JSON object for the rest) and back.</summary>
internal static class EntityRows
{
    /// <summary>The columns every entity read selects, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "e.id, e.type, e.name, e.aliases, e.extra, e.event_type, e.event_date";

    public static string Fold(string value) => NodeIds.FoldAccents(value).ToLowerInvariant();

    /// <summary>Name and aliases, folded, one per line: "contains" on this is case- and accent-insensitive.</summary>
    public static string FoldedNames(Entity entity) =>
        string.Join('\n', new[] { entity.Name }.Concat(entity.Aliases).Select(Fold));

    public static string Extra(Entity entity)
    {
        var extra = entity switch
        {
            Person p => new JsonObject { ["roles"] = ToArray(p.Roles) },
            State s => new JsonObject { ["officialName"] = s.OfficialName, ["demonyms"] = ToArray(s.Demonyms) },
            Organization o => new JsonObject { ["kind"] = o.Kind },
            Event e => new JsonObject { ["dateText"] = e.DateText },
            _ => new JsonObject(),
        };
        return extra.ToJsonString();
    }

    public static string ToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, SqliteJson.Default.IReadOnlyListString);

    public static Entity Read(SqliteDataReader r, int first = 0)
    {
        var id = r.GetString(first);
        var type = Enum.Parse<EntityType>(r.GetString(first + 1));
        var name = r.GetString(first + 2);
        var aliases = FromJson(r.GetString(first + 3));
        var extra = JsonNode.Parse(r.GetString(first + 4))?.AsObject() ?? new JsonObject();
        return type switch
        {
            EntityType.Person => new Person(id, name, aliases, Strings(extra["roles"])),
            EntityType.State => new State(id, name, aliases, (string?)extra["officialName"], Strings(extra["demonyms"])),
            EntityType.Organization => new Organization(id, name, aliases, (string?)extra["kind"]),
            _ => new Event(id, r.IsDBNull(first + 5) ? "" : r.GetString(first + 5), name,
                r.IsDBNull(first + 6) ? null : r.GetString(first + 6), (string?)extra["dateText"]),
        };
    }

    public static IReadOnlyList<string> FromJson(string json) =>
        JsonSerializer.Deserialize(json, SqliteJson.Default.IReadOnlyListString) ?? [];

    private static JsonArray ToArray(IReadOnlyList<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => (string?)n).OfType<string>().ToList() : [];
}
