using System.Security.Cryptography;
using System.Text;

namespace ClaimsGraph.Api.Auth;

/// <summary>How a key is stored: lowercase hex SHA-256 of its UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
public static class ApiKeyHash
{
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>The 32 bytes of a configured hash, or null when it is not 64 hex digits.</summary>
    public static byte[]? Parse(string? hex)
    {
        var trimmed = hex?.Trim();
        if (trimmed is not { Length: 64 }) return null;
        try
        {
            return Convert.FromHexString(trimmed);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
