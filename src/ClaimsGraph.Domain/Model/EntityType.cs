namespace ClaimsGraph.Domain.Model;

/// <summary>The node labels an entity can carry. The same fixed list names labels in both stores.</summary>
public enum EntityType
{
    Person,
    State,
    Organization,
    Event,
}
