using System.Globalization;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// GraphQL.NET's <c>DateTimeOffset</c> scalar (same name, description, parsing and output), serialized without
/// parsing its custom format string on every value: a page of quotes with their articles formats twenty dates
/// per request, and that parse was the single largest cost of completing one.
/// </summary>
public sealed class IsoDateTimeOffsetGraphType : DateTimeOffsetGraphType
{
    public IsoDateTimeOffsetGraphType() => Name = "DateTimeOffset";

    public override object? Serialize(object? value) => value is DateTimeOffset instant ? Format(instant) : base.Serialize(value);

    /// <summary>
    /// The text of GraphQL.NET's format <c>yyyy-MM-ddTHH:mm:ss.FFFFFFFK</c>: the round-trip form with the fraction's
    /// trailing zeros dropped, and its point too when the fraction is zero.
    /// </summary>
    public static string Format(DateTimeOffset instant)
    {
        // "O" is yyyy-MM-ddTHH:mm:ss.fffffff±HH:mm, 33 characters, for every DateTimeOffset.
        Span<char> text = stackalloc char[33];
        if (!instant.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture) || written != 33)
            return instant.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", DateTimeFormatInfo.InvariantInfo);
        const int point = 19, offset = 27;
        var end = offset;
        while (end > point + 1 && text[end - 1] == '0') end--;
        if (end == point + 1) end = point;
        return string.Concat(text[..end], text[offset..]);
    }
}
