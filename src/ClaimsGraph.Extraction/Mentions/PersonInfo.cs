using ClaimsGraph.Extraction.Lexicon;

namespace ClaimsGraph.Extraction.Mentions;

/// <summary>What the article tells about one person: the full name, the roles held and the likely gender.</summary>
public sealed class PersonInfo(string id, string name)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public List<string> Roles { get; } = [];
    public Gender Gender { get; set; }

    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];

    public string GivenName => Name.Contains(' ') ? Name[..Name.IndexOf(' ')] : "";
}
