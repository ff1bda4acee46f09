using System.Globalization;

namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>Conversions from decoded typed-JSON values to the CLR types the store's records use.</summary>
public static class Neo4jValue
{
    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static int AsInt(object value) => value switch
    {
        long l => checked((int)l),
        int i => i,
        double d => checked((int)d),
        _ => throw Unexpected("Integer", value),
    };

    public static double AsDouble(object value) => value switch
    {
        double d => d,
        long l => l,
        _ => throw Unexpected("Float", value),
    };

    public static DateTimeOffset? AsDateTimeOffset(object? value) => value switch
    {
        null => null,
        DateTimeOffset dto => dto,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => throw Unexpected("DateTime", value),
    };

    public static IReadOnlyList<object?> AsList(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw Unexpected("List", value),
    };

    public static IReadOnlyList<string> AsStringList(object? value) =>
        AsList(value).Select(v => AsString(v) ?? "").ToList();

    public static IReadOnlyDictionary<string, object?> AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        Neo4jNode node => node.Properties,
        _ => throw Unexpected("Map", value),
    };

    /// <summary>A property of a decoded map, or null when absent (Neo4j omits null properties).</summary>
    public static object? Get(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value : null;

    private static FormatException Unexpected(string expected, object value) =>
        new($"Expected a Neo4j {expected}, got {value.GetType().Name}.");
}
