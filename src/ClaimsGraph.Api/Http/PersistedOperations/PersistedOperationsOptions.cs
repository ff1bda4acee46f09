namespace ClaimsGraph.Api.Http.PersistedOperations;

/// <summary>Bound to <c>GraphQL:PersistedOperations</c>.</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>
    /// When true only the operations registered from <see cref="Directory"/> run (by id, by hash, or as the
    /// same text); clients cannot register new ones. Key <c>GraphQL:PersistedOperations:OnlyRegistered</c>.
    /// </summary>
    public bool OnlyRegistered { get; set; }

    /// <summary>
    /// Folder of <c>*.graphql</c> operations registered at start, relative to the content root or absolute;
    /// default: the nearest <c>schema/operations</c> at or above the content root.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>How many client-registered (Apollo APQ) operations are remembered; beyond it new ones are not cached.</summary>
    public int MaxCachedOperations { get; set; } = 10_000;
}
