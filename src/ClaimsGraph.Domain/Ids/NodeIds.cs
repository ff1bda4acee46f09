using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimsGraph.Domain.Ids;

/// <summary>
/// Readable, stable node ids. They are also the GraphQL <c>ID</c>s, so the prefix tells the type:
/// <c>person:rahm-emanuel</c>, <c>state:JP</c>, <c>organization:…</c>, <c>event:…</c>, <c>quote:&lt;hash&gt;</c>,
/// <c>article:&lt;hash&gt;</c>.
/// </summary>
public static class NodeIds
{
    public const string PersonPrefix = "person:";
    public const string StatePrefix = "state:";
    public const string OrganizationPrefix = "organization:";
    public const string EventPrefix = "event:";
    public const string QuotePrefix = "quote:";
    public const string ArticlePrefix = "article:";

    public static string Person(string canonicalName) => PersonPrefix + Slug(canonicalName);

    public static string State(string isoAlpha2) => StatePrefix + isoAlpha2.ToUpperInvariant();

    public static string Organization(string canonicalName) => OrganizationPrefix + Slug(canonicalName);

    /// <summary>Type, main participants and date make an event's identity: the same summit told twice is one event.</summary>
    public static string Event(string type, IEnumerable<string> participantIds, string? date) =>
        EventPrefix + Slug(string.Join(' ',
            new[] { type }.Concat(participantIds.Order(StringComparer.Ordinal).Select(StripPrefix)).Append(date ?? "")));

    /// <summary>The same words from the same speaker are one quote, whichever article reports them.</summary>
    public static string Quote(string? speakerId, string text) =>
        QuotePrefix + ShortHash((speakerId ?? "") + "\n" + NormalizeText(text));

    /// <summary>An article is identified by its canonical URL when it has one, else by its normalised text.</summary>
    public static string Article(string? url, string text) =>
        ArticlePrefix + ShortHash(string.IsNullOrWhiteSpace(url) ? NormalizeText(text) : CanonicalUrl(url));

    /// <summary>Lower-case ASCII words joined by '-': accents folded, punctuation dropped ("Fumio Kishida" → "fumio-kishida").</summary>
    public static string Slug(string value)
    {
        var sb = new StringBuilder(value.Length);
        var dash = false;
        foreach (var c in FoldAccents(value))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                dash = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Removes diacritics: "Zürich" → "Zurich". Used for ids and for accent-insensitive search.</summary>
    public static string FoldAccents(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whitespace collapsed, typographic quotes and dashes made plain, case folded.</summary>
    public static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201F' => '"',
                '\u2013' or '\u2014' => '-',
                _ => raw,
            };
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string TypeOf(string id)
    {
        var colon = id.IndexOf(':');
        return colon > 0 ? id[..colon] : "";
    }

    private static string ShortHash(string value) => Sha256Hex(value)[..16];

    private static string StripPrefix(string id)
    {
        var colon = id.IndexOf(':');
        return colon >= 0 ? id[(colon + 1)..] : id;
    }

    private static string CanonicalUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return url.Trim();
        var builder = new UriBuilder(uri) { Fragment = "", Host = uri.Host.ToLowerInvariant() };
        if (builder.Host.StartsWith("www.", StringComparison.Ordinal)) builder.Host = builder.Host[4..];
        var canonical = builder.Uri.GetLeftPart(UriPartial.Query).TrimEnd('/');
        return canonical.Replace("http://", "https://", StringComparison.Ordinal);
    }
}
