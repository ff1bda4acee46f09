using System.Text.Json;
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
            Person p => new EntityExtra { Roles = p.Roles },
            State s => new EntityExtra { OfficialName = s.OfficialName, Demonyms = s.Demonyms },
            Organization o => new EntityExtra { Kind = o.Kind },
            Event e => new EntityExtra { DateText = e.DateText },
            _ => new EntityExtra(),
        };
        return JsonSerializer.Serialize(extra, SqliteJson.Default.EntityExtra);
    }

    public static string ToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, SqliteJson.Default.IReadOnlyListString);

    public static Entity Read(SqliteDataReader r, int first = 0)
    {
        var id = r.GetString(first);
        var type = Enum.Parse<EntityType>(r.GetString(first + 1));
        var name = r.GetString(first + 2);
        var aliases = FromJson(r.GetString(first + 3));
        var extra = JsonSerializer.Deserialize(r.GetString(first + 4), SqliteJson.Default.EntityExtra) ?? new EntityExtra();
        return type switch
        {
            EntityType.Person => new Person(id, name, aliases, extra.Roles ?? []),
            EntityType.State => new State(id, name, aliases, extra.OfficialName, extra.Demonyms ?? []),
            EntityType.Organization => new Organization(id, name, aliases, extra.Kind),
            _ => new Event(id, r.IsDBNull(first + 5) ? "" : r.GetString(first + 5), name,
                r.IsDBNull(first + 6) ? null : r.GetString(first + 6), extra.DateText),
        };
    }

    public static IReadOnlyList<string> FromJson(string json) =>
        JsonSerializer.Deserialize(json, SqliteJson.Default.IReadOnlyListString) ?? [];
}
