using System.Text;
using System.Text.Json;
using ClaimsGraph.Storage.Neo4j.Client;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>Builds a Query API <c>data</c> body in typed JSON from CLR rows (the codec itself is tested on literal JSON).</summary>
public static class TypedRows
{
    public static string Data(string[] fields, params object?[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("fields");
            JsonSerializer.Serialize(writer, fields);
            writer.WritePropertyName("values");
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row) Neo4jTypedJson.WriteValue(writer, value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Response(string[] fields, params object?[][] rows) => $$"""{"data":{{Data(fields, rows)}},"bookmarks":[]}""";
}
