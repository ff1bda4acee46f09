namespace ClaimsGraph.Api.Http.PersistedOperations;

/// <summary>A stored operation text with its sha256 (lowercase hex) and, for files, the name it was registered under.</summary>
public sealed record PersistedOperation(string Hash, string Query, string? Name);
