namespace ClaimsGraph.Domain.Model;

/// <summary>The fixed list of relationship types of the graph model (see docs/architecture.md).</summary>
public enum RelationshipType
{
    SAID,
    ABOUT,
    REPORTED_IN,
    MENTIONS,
    AFFILIATED_WITH,
    INVOLVES,
    LOCATED_IN,
}
