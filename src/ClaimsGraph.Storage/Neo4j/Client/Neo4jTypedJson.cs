using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": …, "_value": …}</c>.
/// Sending parameters typed keeps integers integers and datetimes datetimes: plain JSON would turn
/// <c>42</c> into a Float-or-Integer guess and a DateTimeOffset into a String that range filters compare wrongly.
/// </summary>
public static class Neo4jTypedJson
{
    // ---- writing parameters ----

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: Write(writer, "Null", w => w.WriteNullValue()); break;
            case string s: WriteString(writer, "String", s); break;
            case bool b: Write(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case Enum e: WriteString(writer, "String", e.ToString()); break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteString(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong ul when ul <= long.MaxValue: WriteString(writer, "Integer", ul.ToString(CultureInfo.InvariantCulture)); break;
            case float or double or decimal:
                WriteString(writer, "Float", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case DateOnly d: WriteString(writer, "Date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset dto: WriteString(writer, "OffsetDateTime", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)); break;
            case DateTime dt when dt.Kind == DateTimeKind.Utc: WriteValue(writer, new DateTimeOffset(dt)); break;
            case DateTime dt: WriteString(writer, "LocalDateTime", dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case TimeSpan ts: WriteString(writer, "Duration", XmlConvert.ToString(ts)); break;
            case byte[] bytes: WriteString(writer, "Base64", Convert.ToBase64String(bytes)); break;
            case IDictionary<string, object?> map: WriteMap(writer, map); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IEnumerable list:
                Write(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list) WriteValue(w, item);
                    w.WriteEndArray();
                });
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent to Neo4j as a parameter.", nameof(value));
        }
    }

    /// <summary>Writes a parameters object: <c>{"name": {"$type": …}, …}</c>.</summary>
    public static void WriteParameters(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map) =>
        Write(writer, "Map", w => WriteParameters(w, map));

    private static void WriteString(Utf8JsonWriter writer, string type, string value) =>
        Write(writer, type, w => w.WriteStringValue(value));

    private static void Write(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }

    private static string FormatFloat(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    // ---- reading results ----

    /// <summary>
    /// Decodes one typed value: Integer → long, Float → double, String, Boolean, Null → null, List → List&lt;object?&gt;,
    /// Map → Dictionary, Date → DateOnly, OffsetDateTime/DateTime → DateTimeOffset, LocalDateTime → DateTime,
    /// Base64 → byte[], Node/Relationship → <see cref="Neo4jNode"/>/<see cref="Neo4jRelationship"/>, Path → list of both;
    /// other temporal and spatial types stay as their ISO/WKT strings.
    /// </summary>
    public static object? ReadValue(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            throw new FormatException($"Expected a typed JSON value {{\"$type\", \"_value\"}}, got {element.ValueKind}.");
        }
        var type = typeElement.GetString();
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "String" => value.GetString(),
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(RawText(value), NumberStyles.Integer, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(RawText(value)),
            "List" => value.EnumerateArray().Select(ReadValue).ToList(),
            "Map" => ReadMap(value),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" or "DateTime" => ParseZoned(value.GetString()!),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => value.EnumerateArray().Select(ReadValue).ToList(),
            "Time" or "LocalTime" or "Duration" or "Point" => value.GetString(),
            _ => throw new FormatException($"Unknown Neo4j typed JSON type '{type}'."),
        };
    }

    public static Dictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject()) result[property.Name] = ReadValue(property.Value);
        return result;
    }

    // Integers and floats arrive as strings in typed JSON; accept bare numbers too, as a lenient reader.
    private static string RawText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // A zoned DateTime carries its zone id after the offset: 2024-01-01T21:40:32+01:00[Europe/Paris].
    private static DateTimeOffset ParseZoned(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var iso = bracket >= 0 ? text[..bracket] : text;
        return DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static Neo4jNode ReadNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        ReadMap(value.GetProperty("_properties")));

    private static Neo4jRelationship ReadRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        ReadMap(value.GetProperty("_properties")));
}

public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

public sealed record Neo4jRelationship(
    string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);
