using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Cli.Generation;

/// <summary>
/// The cast of the synthetic news: states, organisations and people (each person with one fixed
/// affiliation and role), sized to the corpus so that a larger corpus also has a longer tail of names.
/// </summary>
public sealed class NewsPopulation
{
    public NewsPopulation(int articleCount, int seed)
    {
        var random = new Random(seed);
        States = NewsVocabulary.States.Select(s => new State(NodeIds.State(s.Iso), s.Name, [], null, [s.Demonym])).ToArray();
        Organizations = NewsVocabulary.Organizations.Select(o => new Organization(NodeIds.Organization(o.Name), o.Name, [], o.Kind)).ToArray();

        var stateRank = new ZipfSampler(States.Length, 1.0);
        var orgRank = new ZipfSampler(Organizations.Length, 1.0);
        var peopleCount = Math.Clamp(articleCount / 4, 200, 60_000);
        People = new Person[peopleCount];
        Affiliations = new Affiliation[peopleCount];
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < peopleCount; i++)
        {
            var name = UniqueName(i, random, usedIds);
            var id = NodeIds.Person(name);
            var withState = random.NextDouble() < 0.75;
            var target = withState ? States[stateRank.Next(random)].Id : Organizations[orgRank.Next(random)].Id;
            var roles = withState ? NewsVocabulary.StateRoles : NewsVocabulary.OrganizationRoles;
            var role = roles[random.Next(roles.Length)];
            People[i] = new Person(id, name, [], [role]);
            Affiliations[i] = new Affiliation(id, target, role);
        }
        EntitiesById = States.Cast<Entity>().Concat(Organizations).Concat(People).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public State[] States { get; }

    public Organization[] Organizations { get; }

    /// <summary>People by popularity rank: index 0 is quoted most.</summary>
    public Person[] People { get; }

    /// <summary>Affiliations[i] is People[i]'s.</summary>
    public Affiliation[] Affiliations { get; }

    public IReadOnlyDictionary<string, Entity> EntitiesById { get; }

    private static string UniqueName(int index, Random random, HashSet<string> usedIds)
    {
        while (true)
        {
            var first = NewsVocabulary.FirstNames[random.Next(NewsVocabulary.FirstNames.Length)];
            var last = NewsVocabulary.LastNames[random.Next(NewsVocabulary.LastNames.Length)];
            // Past the plain combinations, middle initials keep names (and so ids) distinct.
            var name = index < 1500 ? $"{first} {last}" : $"{first} {(char)('A' + random.Next(26))}. {(char)('A' + random.Next(26))}. {last}";
            if (usedIds.Add(NodeIds.Person(name))) return name;
        }
    }
}
