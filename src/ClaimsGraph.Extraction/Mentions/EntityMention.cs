namespace ClaimsGraph.Extraction.Mentions;

/// <summary>A mention of an entity: a token range [FirstToken, EndToken) and the entity id it refers to.</summary>
public readonly record struct EntityMention(int FirstToken, int EndToken, string EntityId, MentionKind Kind);
