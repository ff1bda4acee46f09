using System.Reflection;
using System.Text.Json;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// The usual gender of an English first name (embedded from gender-detection-from-name, MIT; see Gazetteers/NOTICE.md),
/// so "he" and "she" find the right person. Only for people already found: <see cref="GivenNames"/> decides what is a name.
/// </summary>
public static class NameGenders
{
    private static readonly Lazy<Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>>> Lookup = new(Load);

    /// <summary>The usual gender of <paramref name="firstName"/> (any case), or false when the list does not know it.</summary>
    public static bool TryGet(ReadOnlySpan<char> firstName, out Gender gender) => Lookup.Value.TryGetValue(firstName, out gender);

    private static Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimsGraph.Extraction.Gazetteers.name-genders.json")
            ?? throw new InvalidOperationException("The name-genders list is not embedded.");
        var lists = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stream)!;
        var genders = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in lists["male"]) genders[n] = Gender.Male;
        foreach (var n in lists["female"]) genders[n] = Gender.Female;
        return genders.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
