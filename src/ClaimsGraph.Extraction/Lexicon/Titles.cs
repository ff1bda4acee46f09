using System.Globalization;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// Titles and roles that stand before a name ("Prime Minister Fumio Kishida", "Sen. Ted Cruz",
/// "ambassador to Japan Rahm Emanuel"), matched case-insensitively, and the role nouns that later refer
/// back to the holder ("the ambassador", "the president").
/// </summary>
public static class Titles
{
    /// <summary>Honorifics say a person follows, but are no role.</summary>
    public static WordSet Honorifics { get; } = new(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Madam"]);

    private static readonly string[] Roles =
    [
        "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defence minister",
        "defense minister", "finance minister", "minister", "chief cabinet secretary", "secretary of state", "defense secretary",
        "defence secretary", "secretary", "press secretary", "ambassador", "envoy", "senator", "sen.", "rep.", "representative",
        "congressman", "congresswoman", "governor", "gov.", "lt. gov.", "mayor", "chancellor", "premier", "king", "queen", "prince",
        "princess", "emperor", "pope", "general", "gen.", "admiral", "adm.", "lt.", "col.", "sgt.", "capt.", "commander", "chairman",
        "chairwoman", "chair", "chief executive", "ceo", "founder", "spokesman", "spokeswoman", "spokesperson", "judge", "justice",
        "chief justice", "attorney general", "attorney", "speaker", "house speaker", "majority leader", "minority leader", "leader",
        "director", "campaign manager", "campaign chairman", "chief of staff", "adviser", "advisor", "candidate",
        "presidential candidate", "presidential nominee", "nominee", "running mate", "first lady", "commissioner", "lawmaker",
        "president-elect", "anchor", "moderator", "host", "professor", "prof.", "analyst", "strategist", "pollster", "economist",
        "diplomat", "official", "activist", "author", "sheriff", "rev.", "reverend", "pastor", "cardinal", "archbishop", "bishop",
        "coach", "manager", "owner", "businessman", "businesswoman", "billionaire", "actor", "actress", "singer", "rapper",
        "former president", "former secretary of state", "vice presidential nominee", "vice-presidential nominee", "mogul",
        "democratic nominee", "republican nominee", "democratic candidate", "republican candidate", "gop nominee",
        // Offices of other governments and international bodies ("NATO Secretary General Jens Stoltenberg", "Home Secretary …").
        "secretary general", "secretary-general", "foreign secretary", "home secretary", "health secretary", "interior minister",
        "trade minister", "economy minister", "health minister", "energy minister", "justice minister", "education minister",
        "crown prince", "supreme leader", "opposition leader", "first minister", "national security adviser",
    ];

    /// <summary>
    /// Roles as written in news: lower case ("ambassador"), capitalised ("Prime Minister", "Sen.") or
    /// sentence-initial ("Prime minister"). Matched ordinally: case-insensitive hashing of every word is slow.
    /// </summary>
    public static PhraseMatcher<string> RoleMatcher { get; } = new(Roles.SelectMany(r => Variants(r).Select(v => (v, Canonical(r)))), ignoreCase: false);

    private static IEnumerable<string> Variants(string role)
    {
        yield return role;
        yield return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(role).Replace(" Of ", " of ", StringComparison.Ordinal);
        yield return char.ToUpperInvariant(role[0]) + role[1..];
        if (role.Length <= 4) yield return role.ToUpperInvariant();
    }

    /// <summary>Role nouns that, after "the", refer back to a person of the article.</summary>
    public static WordSet RoleNouns { get; } = new(
    [
        "ambassador", "envoy", "president", "minister", "premier", "senator", "governor", "mayor", "chancellor", "secretary",
        "candidate", "nominee", "spokesman", "spokeswoman", "chairman", "chairwoman", "congressman", "congresswoman",
        "king", "queen", "general", "admiral", "commander", "director", "speaker", "leader", "judge", "billionaire", "mogul",
        "businessman", "businesswoman", "lawmaker", "attorney", "prosecutor", "sheriff", "pope", "emperor", "chief", "host",
        "moderator", "anchor", "professor", "founder", "diplomat", "official", "aide", "adviser", "advisor", "strategist",
    ]);

    private static string Canonical(string role)
    {
        var expanded = role switch
        {
            "sen." => "senator", "rep." => "representative", "gov." => "governor", "lt. gov." => "lieutenant governor",
            "gen." => "general", "adm." => "admiral", "lt." => "lieutenant", "col." => "colonel", "sgt." => "sergeant",
            "capt." => "captain", "prof." => "professor", "rev." => "reverend", "ceo" => "CEO", "gop nominee" => "GOP nominee",
            _ => role,
        };
        return expanded == "CEO" || expanded.StartsWith("GOP", StringComparison.Ordinal)
            ? expanded
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(expanded).Replace(" Of ", " of ", StringComparison.Ordinal);
    }
}
