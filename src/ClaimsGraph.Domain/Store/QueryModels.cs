using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Domain.Store;

/// <summary>
/// Filters for quotes; every set field must hold (AND). <see cref="Text"/> is a full-text match on the
/// quote's words; <see cref="Source"/> is the publisher of a reporting article; the published bounds are
/// on a reporting article's publishedAt (inclusive from, exclusive to).
/// </summary>
public sealed record QuoteFilter
{
    public string? SpeakerId { get; init; }
    public string? AboutId { get; init; }
    public string? ArticleId { get; init; }
    public QuoteKind? Kind { get; init; }
    public string? Text { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset? PublishedAfter { get; init; }
    public DateTimeOffset? PublishedBefore { get; init; }
    public double? MinConfidence { get; init; }
}

public enum QuoteOrderField
{
    /// <summary>Newest reporting article first by default; ties by quote id.</summary>
    PublishedAt,
    Confidence,
    Text,
}

public sealed record QuoteOrder(QuoteOrderField Field, bool Descending);

/// <summary>Filters for events: type (VISIT, SUMMIT …), an entity it involves or is located in, and ISO date bounds (inclusive).</summary>
public sealed record EventFilter
{
    public string? Type { get; init; }
    public string? InvolvesId { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}

/// <summary>A speaker and how many quotes they gave about a subject.</summary>
public sealed record SpeakerCount(string SpeakerId, int QuoteCount);

/// <summary>An entity and a count: quotes about it, shared articles, …</summary>
public sealed record EntityCount(string EntityId, int Count);

/// <summary>A ranked full-text hit: an entity, an article or a quote, with the text that matched.</summary>
public sealed record SearchHit(string Id, string Type, double Score, string Snippet);

/// <summary>One step of a path through the graph: from a node along a relationship to the next node.</summary>
public sealed record PathStep(string FromId, RelationshipType Relationship, string ToId);

public enum TimeBucket
{
    Day,
    Week,
    Month,
}

/// <summary>Quotes in one time bucket; <see cref="Start"/> is the bucket's first day (weeks start on Monday).</summary>
public sealed record TimelinePoint(DateOnly Start, int Count);

/// <summary>Node counts by label, for dashboards.</summary>
public sealed record StoreStats(int Articles, int People, int States, int Organizations, int Events, int Quotes);

/// <summary>What an upsert did: whether the article is new, unchanged (same content hash) or replaced.</summary>
public enum UpsertOutcome
{
    Created,
    Unchanged,
    Replaced,
    /// <summary>Only in batch results: this article was rolled back on its own (see <see cref="UpsertResult.Error"/>); the others were written.</summary>
    Failed,
}

public sealed record UpsertResult(string ArticleId, UpsertOutcome Outcome)
{
    /// <summary>Why the article failed (safe to show), when <see cref="Outcome"/> is <see cref="UpsertOutcome.Failed"/>.</summary>
    public string? Error { get; init; }
}

/// <summary>Whether the store answers, and a human-readable reason when it does not.</summary>
public sealed record StoreHealth(bool IsHealthy, string Provider, string Description);
