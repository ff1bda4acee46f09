using System.Text.RegularExpressions;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>A Cypher statement the store sends, named for logs and for the lint that checks it against Neo4j's parser.</summary>
public sealed partial record CypherStatement(string Name, string Text)
{
    /// <summary>The <c>$parameters</c> the statement reads, in order of first use.</summary>
    public IReadOnlyList<string> ParameterNames { get; } =
        ParameterPattern().Matches(Text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public override string ToString() => Name;

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();
}
