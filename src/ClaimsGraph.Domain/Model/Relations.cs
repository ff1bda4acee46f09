namespace ClaimsGraph.Domain.Model;

/// <summary>A person holds a role with a state or organisation ("Prime Minister" of state:JP).</summary>
public sealed record Affiliation(string PersonId, string TargetId, string Role);

/// <summary>An entity takes part in an event, in a role such as HOST, GUEST, PARTICIPANT, PLACE, AFFECTED.</summary>
public sealed record EventParticipant(string EventId, string EntityId, string Role);

/// <summary>How often an article mentions an entity, and where.</summary>
public sealed record Mention(string ArticleId, string EntityId, int Count, IReadOnlyList<TextSpan> Spans);
