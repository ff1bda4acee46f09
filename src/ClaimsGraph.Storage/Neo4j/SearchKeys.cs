using System.Text.RegularExpressions;
using ClaimsGraph.Domain.Ids;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>
/// Case- and accent-folded keys. "Contains" filters compare a folded needle against a folded property
/// (<c>titleKey</c>, <c>searchKey</c>) because Cypher's CONTAINS is case- and accent-sensitive.
/// </summary>
public static partial class SearchKeys
{
    public static string Fold(string value) => NodeIds.FoldAccents(value).ToLowerInvariant();

    /// <summary>The folded needle of a "contains" filter, or null when there is no filter.</summary>
    public static string? Needle(string? value) => string.IsNullOrWhiteSpace(value) ? null : Fold(value.Trim());

    /// <summary>
    /// A Lucene query requiring every word of <paramref name="text"/> (AND, as FTS5 does). Only letter/digit
    /// runs are kept, so no Lucene syntax from the caller (quotes, wildcards, field names) reaches the index.
    /// Null when the text has no word at all.
    /// </summary>
    public static string? FullTextQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = Word().Matches(Fold(text)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? null : string.Join(" AND ", words);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
