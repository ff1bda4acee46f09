using System.Text.Json;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The one text form of a span list in SQLite (mention spans, a quote report's pieces): JSON <c>[[start, end], …]</c>.
/// JSON rather than a home-made "12:40,55:90": it is the form the mentions column already uses, it goes through the
/// same source-generated serializer, and SQL can look inside it with json_each when a query needs to.
/// </summary>
internal static class SpanListJson
{
    public static string Write(IReadOnlyList<TextSpan> spans) =>
        JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }).ToArray(), SqliteJson.Default.Int32ArrayArray);

    public static IReadOnlyList<TextSpan> Read(string json) =>
        (JsonSerializer.Deserialize(json, SqliteJson.Default.Int32ArrayArray) ?? [])
        .Where(pair => pair.Length == 2).Select(pair => new TextSpan(pair[0], pair[1])).ToList();
}
