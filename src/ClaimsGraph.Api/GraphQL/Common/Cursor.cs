using System.Globalization;
using System.Text;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// Opaque connection cursors. They encode a position in an ordered result, so a cursor stays valid for
/// "the next page after this one" as long as the order is stable (every store order ends with the id).
/// </summary>
public static class Cursor
{
    private const string Prefix = "pos:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="ClientError">BAD_USER_INPUT when the cursor was not made by <see cref="Encode"/>.</exception>
    public static int Decode(string cursor, string argumentName)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException)
        {
            // falls through to the client error below
        }
        throw ClientError.BadUserInput($"'{argumentName}' is not a cursor this API gave out: '{cursor}'.");
    }
}
