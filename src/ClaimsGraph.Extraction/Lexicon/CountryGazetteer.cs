using System.Reflection;
using System.Text.Json;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// States from the embedded world-countries extract (Gazetteers/countries.json, ODbL-1.0): names,
/// readable alternative spellings, demonyms and capitals, plus the usages news adds ("America", "U.S.",
/// "Britain", "Washington" for the United States). Loaded once; immutable and thread-safe.
/// </summary>
public sealed class CountryGazetteer
{
    private static readonly Lazy<CountryGazetteer> Lazy = new(Load);

    public static CountryGazetteer Instance => Lazy.Value;

    // Names that collide with places or people far more often than they mean the state in news text.
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "Georgia", "Jersey", "Man", "Chad", "Jordan", "Guernsey", "Sark", "Reunion", "Mayotte", "Wales",
        "Dominica", "Niue", "Nauru", "Turkey", "Dominican", "Grenada", "Guinea",
    };

    private static readonly (string Phrase, string Code, StateMentionKind Kind)[] NewsUsages =
    [
        ("America", "US", StateMentionKind.Name), ("U.S.", "US", StateMentionKind.Name),
        ("U.S.A.", "US", StateMentionKind.Name), ("United States", "US", StateMentionKind.Name),
        ("Washington", "US", StateMentionKind.Capital), ("Britain", "GB", StateMentionKind.Name),
        ("U.K.", "GB", StateMentionKind.Name), ("Turkey", "TR", StateMentionKind.Name),
        ("Russia", "RU", StateMentionKind.Name), ("Kremlin", "RU", StateMentionKind.Capital),
        ("Korea", "KR", StateMentionKind.Name), ("Czech Republic", "CZ", StateMentionKind.Name),
        ("Holland", "NL", StateMentionKind.Name), ("Burma", "MM", StateMentionKind.Name),
        ("Vatican", "VA", StateMentionKind.Name), ("Palestinian", "PS", StateMentionKind.Demonym),
        ("Israeli", "IL", StateMentionKind.Demonym), ("Saudi", "SA", StateMentionKind.Demonym),
        ("Emirati", "AE", StateMentionKind.Demonym), ("Philippine", "PH", StateMentionKind.Demonym),
        ("Filipino", "PH", StateMentionKind.Demonym), ("Ukrainian", "UA", StateMentionKind.Demonym),
        ("North Korean", "KP", StateMentionKind.Demonym), ("South Korean", "KR", StateMentionKind.Demonym),
        ("Scottish", "GB", StateMentionKind.Demonym), ("British", "GB", StateMentionKind.Demonym),
        ("Dutch", "NL", StateMentionKind.Demonym), ("Swiss", "CH", StateMentionKind.Demonym),
        ("Turkish", "TR", StateMentionKind.Demonym), ("Jordanian", "JO", StateMentionKind.Demonym),
        // Demonyms the data gives to more than one state, where its first row is not the one news means: the Northern
        // Mariana Islands come before the United States and Dominica before the Dominican Republic.
        ("American", "US", StateMentionKind.Demonym), ("Dominican", "DO", StateMentionKind.Demonym),
    ];

    public IReadOnlyDictionary<string, State> States { get; }

    public PhraseMatcher<(string Code, StateMentionKind Kind)> Matcher { get; }

    private CountryGazetteer(IReadOnlyDictionary<string, State> states, PhraseMatcher<(string, StateMentionKind)> matcher)
    {
        States = states;
        Matcher = matcher;
    }

    public State Get(string code) => States[code];

    private static CountryGazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimsGraph.Extraction.Gazetteers.countries.json")
            ?? throw new InvalidOperationException("The countries gazetteer is not embedded.");
        var rows = JsonSerializer.Deserialize<List<CountryRow>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        var phrases = new List<(string, (string, StateMentionKind))>();
        // News usages first: the first value a phrase gets wins.
        foreach (var (phrase, code, kind) in NewsUsages) phrases.Add((phrase, (code, kind)));
        foreach (var r in rows)
        {
            var aliases = r.AltSpellings.Where(a => !a.Contains(',')).Append(r.Official).Where(a => a != r.Common).Distinct().ToList();
            states[r.Cca2] = new State(NodeIds.State(r.Cca2), r.Common, aliases, r.Official, r.Demonyms);
            foreach (var name in aliases.Prepend(r.Common).Where(Usable)) phrases.Add((name, (r.Cca2, StateMentionKind.Name)));
            foreach (var d in r.Demonyms.Where(Usable)) phrases.Add((d, (r.Cca2, StateMentionKind.Demonym)));
            foreach (var c in r.Capitals.Where(Usable)) phrases.Add((c, (r.Cca2, StateMentionKind.Capital)));
        }
        return new CountryGazetteer(states, new PhraseMatcher<(string, StateMentionKind)>(phrases, ignoreCase: false));
    }

    private static bool Usable(string phrase) => phrase.Length > 1 && !Ambiguous.Contains(phrase) && !phrase.Contains(',');

    private sealed record CountryRow(string Cca2, string Common, string Official, List<string> AltSpellings, List<string> Demonyms, List<string> Capitals);
}
