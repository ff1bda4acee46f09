using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Tests.Contract;

/// <summary>
/// Builds an article's graph by hand for store tests (not through extraction), so each test says exactly
/// which nodes and edges exist. Every entity added gets a mention (count given, default 1).
/// </summary>
public sealed class TestGraphBuilder
{
    private readonly string articleId;
    private readonly string text;
    private readonly string? title;
    private readonly string? source;
    private readonly DateTimeOffset? publishedAt;
    private readonly List<Entity> entities = [];
    private readonly List<Mention> mentions = [];
    private readonly List<Quote> quotes = [];
    private readonly List<QuoteReport> reports = [];
    private readonly List<QuoteTarget> targets = [];
    private readonly List<Affiliation> affiliations = [];
    private readonly List<EventFact> events = [];

    public TestGraphBuilder(string name, string? text = null, string? title = null, string? source = null, DateTimeOffset? publishedAt = null)
    {
        articleId = NodeIds.ArticlePrefix + name;
        this.text = text ?? $"Text of article {name}.";
        this.title = title ?? $"Article {name}";
        this.source = source;
        this.publishedAt = publishedAt;
    }

    public string ArticleId => articleId;

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public TestGraphBuilder Person(string id, string name, int mentions = 1, string[]? aliases = null, string[]? roles = null) =>
        Add(new Person(id, name, aliases ?? [], roles ?? []), mentions);

    public TestGraphBuilder State(string id, string name, int mentions = 1, string[]? aliases = null) =>
        Add(new State(id, name, aliases ?? [], "Official " + name, [name + "ese"]), mentions);

    public TestGraphBuilder Organization(string id, string name, int mentions = 1, string? kind = "GOVERNMENT") =>
        Add(new Organization(id, name, [], kind), mentions);

    public TestGraphBuilder Quote(string id, string quoteText, string? speakerId, IEnumerable<string>? about = null,
        QuoteKind kind = QuoteKind.Direct, double confidence = 0.9, int start = 0, TextSpan[]? pieces = null)
    {
        quotes.Add(new Quote(id, quoteText, kind, confidence, speakerId, speakerId is null ? "sources close to the matter" : null));
        // A quote given in pieces: its report's span is the first piece.
        var span = pieces is { Length: > 0 } ? pieces[0] : new TextSpan(start, start + quoteText.Length);
        reports.Add(new QuoteReport(id, articleId, span, new TextSpan(span.Start, span.Start + 4), null) { Pieces = pieces ?? [] });
        var weight = 1.0;
        foreach (var target in about ?? [])
        {
            targets.Add(new QuoteTarget(id, target, weight));
            weight /= 2;
        }
        return this;
    }

    public TestGraphBuilder Affiliation(string personId, string targetId, string role)
    {
        affiliations.Add(new Affiliation(personId, targetId, role));
        return this;
    }

    public TestGraphBuilder Event(string id, string type, string label, string? date, string? locatedInId, params (string EntityId, string Role)[] participants)
    {
        Add(new Event(id, type, label, date, date is null ? null : "on " + date), 0);
        events.Add(new EventFact(id, participants.Select(p => new EventParticipant(id, p.EntityId, p.Role)).ToList(), locatedInId, new TextSpan(0, 5)));
        return this;
    }

    public ArticleGraph Build() =>
        new(new Article(articleId, "https://news.example/" + articleId[NodeIds.ArticlePrefix.Length..], title, source, publishedAt,
                new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), text.Split(' ').Length, NodeIds.Sha256Hex(text), text),
            entities.ToList(), mentions.ToList(), quotes.ToList(), reports.ToList(), targets.ToList(), affiliations.ToList(), events.ToList());

    private TestGraphBuilder Add(Entity entity, int count)
    {
        entities.Add(entity);
        if (count > 0)
            mentions.Add(new Mention(articleId, entity.Id, count, Enumerable.Range(0, count).Select(i => new TextSpan(i * 10, i * 10 + 5)).ToList()));
        return this;
    }
}
