using System.Text.Json.Serialization;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Source-generated JSON for the few JSON columns (aliases, entity extras, mention spans, id lists for json_each).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
[JsonSerializable(typeof(int[][]))]
[JsonSerializable(typeof(EntityExtra))]
internal sealed partial class SqliteJson : JsonSerializerContext;
