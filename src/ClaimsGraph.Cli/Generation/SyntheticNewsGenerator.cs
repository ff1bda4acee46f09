using System.Security.Cryptography;
using System.Text;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Cli.Generation;

/// <summary>
/// Makes article graphs that look like international news, for benchmarks: speakers and subjects drawn
/// from Zipf distributions (a few leaders and great powers dominate, a long tail appears rarely), 1–6
/// quotes per article from a few thousand phrasings (so popular quotes are reported by several articles),
/// events shared by articles of the same month, and spans that really index the generated text.
/// Article i depends only on the seed and i, so any slice can be regenerated.
/// </summary>
public sealed class SyntheticNewsGenerator
{
    private static readonly DateTimeOffset Epoch = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int DaysCovered = 730;

    private readonly int _seed;
    private readonly NewsPopulation _population;
    private readonly ZipfSampler _speakers;
    private readonly ZipfSampler _states;
    private readonly ZipfSampler _organizations;
    private readonly ZipfSampler _eventTypes;

    public SyntheticNewsGenerator(int articleCount, int seed)
    {
        _seed = seed;
        _population = new NewsPopulation(articleCount, seed);
        _speakers = new ZipfSampler(_population.People.Length, 1.05);
        _states = new ZipfSampler(_population.States.Length, 1.1);
        _organizations = new ZipfSampler(_population.Organizations.Length, 1.0);
        _eventTypes = new ZipfSampler(NewsVocabulary.EventTypes.Length, 0.8);
    }

    public ArticleGraph Generate(int index)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + index * 7919));
        var published = Epoch.AddMinutes(random.Next(DaysCovered * 24 * 60));
        var publisher = NewsVocabulary.Publishers[random.Next(NewsVocabulary.Publishers.Length)];
        var url = $"https://news.example/{NodeIds.Slug(publisher)}/{published:yyyy/MM/dd}/story-{index}";

        var text = new ArticleText();
        var mainSubject = PickSubject(random, preferState: true);
        var title = $"{Name(mainSubject)}: {Pick(random, NewsVocabulary.Topics)} in focus";
        text.Append(title + "\n\n");

        var quotes = new Dictionary<string, Quote>(StringComparer.Ordinal);
        var reports = new List<QuoteReport>();
        var targets = new List<QuoteTarget>();
        var affiliations = new Dictionary<(string, string), Affiliation>();
        var articleId = "";   // known only once the text is complete; reports are re-keyed below
        var quoteCount = 1 + random.Next(6);
        for (var q = 0; q < quoteCount; q++)
        {
            var speakerRank = _speakers.Next(random);
            var speaker = _population.People[speakerRank];
            var affiliation = _population.Affiliations[speakerRank];
            affiliations[(affiliation.PersonId, affiliation.TargetId)] = affiliation;
            var subject = q == 0 ? mainSubject : PickSubject(random, preferState: random.NextDouble() < 0.7);
            if (subject.Id == speaker.Id) subject = mainSubject;

            var words = $"{Name(subject)} {Pick(random, NewsVocabulary.Verbs)} {Pick(random, NewsVocabulary.Topics)} {Pick(random, NewsVocabulary.Closings)}";
            var kind = random.NextDouble() switch { < 0.6 => QuoteKind.Direct, < 0.85 => QuoteKind.Indirect, _ => QuoteKind.Partial };
            var speakerSpan = text.AppendMention(speaker.Id, speaker.Name);
            text.Append($", the {affiliation.Role} of ");
            text.AppendMention(affiliation.TargetId, Name(_population.EntitiesById[affiliation.TargetId]));
            text.Append(", ");
            var cue = text.Append(Pick(random, NewsVocabulary.Cues));
            text.Append(kind == QuoteKind.Indirect ? " that " : ": \u201C");
            var span = text.Append(words);
            text.MentionWithin(subject.Id, span.Start, Name(subject).Length);
            text.Append(kind == QuoteKind.Indirect ? ".\n" : ".\u201D\n");

            var quote = new Quote(NodeIds.Quote(speaker.Id, words), words, kind, Math.Round(0.6 + random.NextDouble() * 0.4, 3), speaker.Id, null);
            if (!quotes.TryAdd(quote.Id, quote)) continue; // the same speaker repeating themselves in one article
            reports.Add(new QuoteReport(quote.Id, articleId, span, cue, speakerSpan));
            targets.Add(new QuoteTarget(quote.Id, subject.Id, 1.0));
            if (random.NextDouble() < 0.3 && PickSubject(random, preferState: true) is { } second && second.Id != subject.Id && second.Id != speaker.Id)
            {
                targets.Add(new QuoteTarget(quote.Id, second.Id, 0.5));
                text.AppendMention(second.Id, $"(also concerning {Name(second)})");
                text.Append("\n");
            }
        }

        var events = new List<EventFact>();
        var eventEntities = new List<Entity>();
        if (random.NextDouble() < 0.4) AddEvent(random, published, mainSubject, text, events, eventEntities);

        var body = text.ToString();
        articleId = NodeIds.Article(url, body);
        var article = new Article(articleId, url, title, publisher, published, published.AddHours(1),
            body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), body);

        var mentions = text.Mentions.Select(m => new Mention(articleId, m.Key, Math.Max(1, m.Value.Count), m.Value)).ToList();
        var entityIds = mentions.Select(m => m.EntityId).Concat(targets.Select(t => t.EntityId))
            .Concat(affiliations.Values.SelectMany(a => new[] { a.PersonId, a.TargetId })).ToHashSet(StringComparer.Ordinal);
        var entities = entityIds.Select(id => _population.EntitiesById[id]).Concat(eventEntities).ToList();
        return new ArticleGraph(article, entities, mentions, quotes.Values.ToList(),
            reports.Select(r => r with { ArticleId = articleId }).ToList(), targets, affiliations.Values.ToList(), events);
    }

    private void AddEvent(Random random, DateTimeOffset published, Entity mainSubject, ArticleText text, List<EventFact> events, List<Entity> entities)
    {
        var host = mainSubject as State ?? _population.States[_states.Next(random)];
        var guest = _population.States[_states.Next(random)];
        if (guest.Id == host.Id) return;
        var type = NewsVocabulary.EventTypes[_eventTypes.Next(random)];
        var month = published.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var id = NodeIds.Event(type, [host.Id, guest.Id], month);
        var label = $"{type.ToLowerInvariant()} between {host.Name} and {guest.Name}";
        entities.Add(new Event(id, type, label, month, published.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        var span = text.Append($"Officials described the {label} as decisive.\n");
        text.MentionWithin(host.Id, span.Start + "Officials described the ".Length + type.Length + " between ".Length, host.Name.Length);
        events.Add(new EventFact(id, [new EventParticipant(id, host.Id, "HOST"), new EventParticipant(id, guest.Id, "GUEST")], host.Id, span));
        text.AddMentionOnly(guest.Id);
    }

    private Entity PickSubject(Random random, bool preferState) => random.NextDouble() switch
    {
        _ when preferState => _population.States[_states.Next(random)],
        < 0.6 => _population.People[_speakers.Next(random)],
        _ => _population.Organizations[_organizations.Next(random)],
    };

    private static string Name(Entity entity) => entity.Name;

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
