namespace ClaimsGraph.Domain.Model;

/// <summary>
/// A node that quotes can be said by or be about. Entities are shared between articles:
/// the same person in two articles is one node.
/// </summary>
public abstract record Entity(string Id, string Name, IReadOnlyList<string> Aliases)
{
    public abstract EntityType Type { get; }
}

public sealed record Person(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles)
    : Entity(Id, Name, Aliases)
{
    public override EntityType Type => EntityType.Person;
}

/// <summary>A country. <see cref="Entity.Id"/> is <c>state:</c> + ISO 3166-1 alpha-2.</summary>
public sealed record State(
    string Id, string Name, IReadOnlyList<string> Aliases, string? OfficialName, IReadOnlyList<string> Demonyms)
    : Entity(Id, Name, Aliases)
{
    public override EntityType Type => EntityType.State;

    public string IsoCode => Id["state:".Length..];
}

/// <summary>An organisation; <see cref="Kind"/> is e.g. GOVERNMENT, MILITARY, PARTY, INTERNATIONAL, COMPANY, MEDIA.</summary>
public sealed record Organization(string Id, string Name, IReadOnlyList<string> Aliases, string? Kind)
    : Entity(Id, Name, Aliases)
{
    public override EntityType Type => EntityType.Organization;
}

/// <summary>
/// Something that happened. <see cref="Date"/> is ISO 8601, possibly partial ("2024", "2024-04", "2024-04-10"),
/// when it could be resolved; <see cref="DateText"/> is the words the article used ("on Wednesday").
/// </summary>
public sealed record Event(string Id, string EventType, string Label, string? Date, string? DateText)
    : Entity(Id, Label, [])
{
    public override EntityType Type => EntityType.Event;
}
