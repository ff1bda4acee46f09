using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsGraph.Api.Execution;

/// <summary>An object in a planned result: the values of its selection's fields, in response order.</summary>
[JsonConverter(typeof(ResultObjectJsonConverter))]
public sealed class ResultObject(SelectionPlan selection)
{
    public SelectionPlan Selection { get; } = selection;

    public object?[] Values { get; } = new object?[selection.Fields.Length];
}

/// <summary>A list in a planned result.</summary>
[JsonConverter(typeof(ResultListJsonConverter))]
public sealed class ResultList(object?[] items)
{
    public object?[] Items { get; } = items;
}

/// <summary>
/// Writes a planned result as GraphQL.NET's serializer writes its execution nodes: objects and lists in order,
/// serialized scalar values through the same serializer options.
/// </summary>
public static class ResultTreeWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject obj:
                writer.WriteStartObject();
                var fields = obj.Selection.Fields;
                for (var i = 0; i < fields.Length; i++)
                {
                    if (options.PropertyNamingPolicy is { } naming) writer.WritePropertyName(naming.ConvertName(fields[i].ResponseName));
                    else writer.WritePropertyName(fields[i].EncodedResponseName);
                    WriteValue(writer, obj.Values[i], options);
                }
                writer.WriteEndObject();
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WriteValue(writer, item, options);
                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}

public sealed class ResultObjectJsonConverter : JsonConverter<ResultObject>
{
    public override ResultObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A result tree is written, never read.");

    public override void Write(Utf8JsonWriter writer, ResultObject value, JsonSerializerOptions options) =>
        ResultTreeWriter.WriteValue(writer, value, options);
}

public sealed class ResultListJsonConverter : JsonConverter<ResultList>
{
    public override ResultList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A result tree is written, never read.");

    public override void Write(Utf8JsonWriter writer, ResultList value, JsonSerializerOptions options) =>
        ResultTreeWriter.WriteValue(writer, value, options);
}
