using ClaimsGraph.Domain.Model;
using ClaimsGraph.Storage.Neo4j.Client;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>
/// Node properties both ways. Besides the model's fields, nodes carry folded keys for "contains" filters
/// (<c>titleKey</c>, <c>nameKey</c>, <c>searchKey</c>) and <c>aliasText</c> for the full-text index, which
/// indexes strings, not lists. Datetimes are stored in UTC so that date bucketing does not depend on the
/// offset an article was published with.
/// </summary>
public static class Neo4jProperties
{
    public static IReadOnlyDictionary<string, object?> Of(Article a) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = a.Id,
        ["url"] = a.Url,
        ["title"] = a.Title,
        ["titleKey"] = a.Title is null ? null : SearchKeys.Fold(a.Title),
        ["source"] = a.Source,
        ["publishedAt"] = a.PublishedAt?.ToUniversalTime(),
        ["ingestedAt"] = a.IngestedAt.ToUniversalTime(),
        ["wordCount"] = a.WordCount,
        ["contentHash"] = a.ContentHash,
        ["text"] = a.Text,
    };

    public static IReadOnlyDictionary<string, object?> Of(Quote q) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = q.Id,
        ["text"] = q.Text,
        ["kind"] = q.Kind.ToString(),
        ["confidence"] = q.Confidence,
        ["speakerId"] = q.SpeakerId,
        ["sourceDescription"] = q.SourceDescription,
    };

    public static IReadOnlyDictionary<string, object?> Of(Entity e)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = e.Id,
            ["type"] = e.Type.ToString(),
            ["name"] = e.Name,
            ["nameKey"] = SearchKeys.Fold(e.Name),
            ["aliases"] = e.Aliases.ToList(),
            ["aliasText"] = string.Join(" | ", e.Aliases),
            ["searchKey"] = SearchKeys.Fold(string.Join('\n', e.Aliases.Prepend(e.Name))),
        };
        switch (e)
        {
            case Person p: props["roles"] = p.Roles.ToList(); break;
            case State s: props["officialName"] = s.OfficialName; props["demonyms"] = s.Demonyms.ToList(); break;
            case Organization o: props["kind"] = o.Kind; break;
            case Event ev: props["eventType"] = ev.EventType; props["label"] = ev.Label; props["date"] = ev.Date; props["dateText"] = ev.DateText; break;
        }
        return props;
    }

    public static Article ToArticle(IReadOnlyDictionary<string, object?> n) => new(
        Id: Str(n, "id"),
        Url: Opt(n, "url"),
        Title: Opt(n, "title"),
        Source: Opt(n, "source"),
        PublishedAt: Neo4jValue.AsDateTimeOffset(n.Get("publishedAt")),
        IngestedAt: Neo4jValue.AsDateTimeOffset(n.Get("ingestedAt")) ?? DateTimeOffset.MinValue,
        WordCount: n.Get("wordCount") is { } w ? Neo4jValue.AsInt(w) : 0,
        ContentHash: Str(n, "contentHash"),
        Text: Opt(n, "text") ?? "");

    public static Quote ToQuote(IReadOnlyDictionary<string, object?> n) => new(
        Id: Str(n, "id"),
        Text: Str(n, "text"),
        Kind: Enum.Parse<QuoteKind>(Str(n, "kind")),
        Confidence: n.Get("confidence") is { } c ? Neo4jValue.AsDouble(c) : 0,
        SpeakerId: Opt(n, "speakerId"),
        SourceDescription: Opt(n, "sourceDescription"));

    public static Entity ToEntity(IReadOnlyDictionary<string, object?> n)
    {
        var id = Str(n, "id");
        var name = Opt(n, "name") ?? "";
        var aliases = Neo4jValue.AsStringList(n.Get("aliases"));
        return Enum.Parse<EntityType>(Str(n, "type")) switch
        {
            EntityType.Person => new Person(id, name, aliases, Neo4jValue.AsStringList(n.Get("roles"))),
            EntityType.State => new State(id, name, aliases, Opt(n, "officialName"), Neo4jValue.AsStringList(n.Get("demonyms"))),
            EntityType.Organization => new Organization(id, name, aliases, Opt(n, "kind")),
            EntityType.Event => new Event(id, Opt(n, "eventType") ?? "", Opt(n, "label") ?? name, Opt(n, "date"), Opt(n, "dateText")),
            var other => throw new FormatException($"Unknown entity type '{other}' on node {id}."),
        };
    }

    public static Person ToPerson(IReadOnlyDictionary<string, object?> n) =>
        ToEntity(n) as Person ?? throw new FormatException($"Node {Str(n, "id")} is not a Person.");

    public static Event ToEvent(IReadOnlyDictionary<string, object?> n) =>
        ToEntity(n) as Event ?? throw new FormatException($"Node {Str(n, "id")} is not an Event.");

    private static string Str(IReadOnlyDictionary<string, object?> n, string key) =>
        Neo4jValue.AsString(n.Get(key)) ?? throw new FormatException($"Neo4j node lacks property '{key}'.");

    private static string? Opt(IReadOnlyDictionary<string, object?> n, string key) => Neo4jValue.AsString(n.Get(key));
}
