using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// Parsed documents that passed validation, by their exact text. Clients repeat the same few operations with
/// new variables; a hit skips parsing and the spec's validation rules (GraphQL.NET then runs only the rules
/// registered for cached documents: the API-key rules, which depend on the request). Variables are still
/// coerced and the depth and cost limits still measured on every request.
/// Bounded: a document longer than <see cref="MaxQueryLength"/> is never kept, and a full cache starts over,
/// so a flood of distinct operations costs at most <see cref="MaxEntries"/> entries of memory.
/// </summary>
public sealed class ValidatedDocumentCache
{
    public const int MaxEntries = 1_000;
    public const int MaxQueryLength = 16_384;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    public GraphQLDocument? Find(string? query) =>
        query is not null && documents.TryGetValue(query, out var document) ? document : null;

    /// <summary>Whether this very document object is the one kept for the query (so it passed validation).</summary>
    public bool IsValidated(string? query, GraphQLDocument document) => ReferenceEquals(Find(query), document);

    public void Keep(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength) return;
        if (documents.Count >= MaxEntries) documents.Clear();
        documents.TryAdd(query, document);
    }

    public int Count => documents.Count;
}
