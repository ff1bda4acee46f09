using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The only places labels come from. Cypher cannot take a label or relationship type as a parameter, so
/// every one spliced into a statement is an enum name or one of these constants, never caller text.
/// <see cref="Entity"/> is an extra label every Person/State/Organization/Event carries, so that a lookup by
/// id whatever the type is one index seek.
/// </summary>
public static class Neo4jLabels
{
    public const string Article = nameof(Article);
    public const string Quote = nameof(Quote);
    public const string Entity = nameof(Entity);

    public static string For(EntityType type) => type switch
    {
        EntityType.Person => nameof(EntityType.Person),
        EntityType.State => nameof(EntityType.State),
        EntityType.Organization => nameof(EntityType.Organization),
        EntityType.Event => nameof(EntityType.Event),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    public static string For(RelationshipType type) => Enum.IsDefined(type)
        ? type.ToString()
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown relationship type.");

    /// <summary>The label to look a node id up under, from the id's prefix.</summary>
    public static string ForNodeId(string id) => NodeIds.TypeOf(id) switch
    {
        "quote" => Quote,
        "article" => Article,
        _ => Entity,
    };

    public static IReadOnlyList<string> NodeLookupLabels { get; } = [Entity, Quote, Article];

    /// <summary>Relationships that one article contributes, so they carry <c>articleId</c> and go when it is re-ingested.</summary>
    public static IReadOnlyList<RelationshipType> PerArticleRelationships { get; } =
        Enum.GetValues<RelationshipType>().Where(t => t != RelationshipType.SAID).ToList();

    /// <summary>Relationships a path may follow (see IClaimsStore.FindPathAsync).</summary>
    public static IReadOnlyList<RelationshipType> PathRelationships { get; } =
    [
        RelationshipType.SAID, RelationshipType.ABOUT, RelationshipType.AFFILIATED_WITH,
        RelationshipType.INVOLVES, RelationshipType.LOCATED_IN,
    ];
}
