using System.Reflection;
using System.Text.Json;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// English given names (embedded from @stdlib datasets, Apache-2.0) with their usual gender. Only ever used
/// with capitalisation and context: a capitalised given name followed by another capitalised word.
/// </summary>
public sealed class GivenNames
{
    private static readonly Lazy<GivenNames> Lazy = new(Load);

    public static GivenNames Instance => Lazy.Value;

    private readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Capitalised words that are also given names but far more often start a sentence or a place.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Will", "May", "June", "April", "August", "Page", "Grace", "Hope", "Faith", "Joy", "Mark", "Bill",
        "Art", "Rich", "Young", "Long", "King", "Major", "Christian", "Chase", "Sky", "Summer", "Winter",
        "Justice", "Harmony", "Republican", "Democrat", "Trump", "Clinton", "Sunday", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Ocean", "Wall", "Early", "Lane", "Forest", "Guy",
        "Jan", "Else", "Star", "Tory", "Sterling", "Colt", "China", "India", "Georgia", "Virginia", "Carolina",
        "Florida", "Indiana", "Jordan", "Israel", "Paris", "London", "Washington", "Lincoln", "Houston",
        "Dallas", "Austin", "Denver", "Chelsea", "Madison", "Brooklyn", "Sydney", "Regina", "Victoria",
        "Trinity", "Asia", "Africa", "Kenya", "Holland", "Eugene", "Sherman", "Cleveland", "Jackson",
    };

    private GivenNames(Dictionary<string, Gender> names) => _lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> word, out Gender gender) => _lookup.TryGetValue(word, out gender);

    private static GivenNames Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimsGraph.Extraction.Gazetteers.given-names.json")
            ?? throw new InvalidOperationException("The given-names list is not embedded.");
        var doc = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stream)!;
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in doc["male"]) if (!NotNames.Contains(n)) names[n] = Gender.Male;
        foreach (var n in doc["female"])
        {
            if (NotNames.Contains(n)) continue;
            names[n] = names.ContainsKey(n) ? Gender.Unknown : Gender.Female;
        }
        return new GivenNames(names);
    }
}

public enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
