namespace ClaimsGraph.Domain.Model;

/// <summary>
/// A claim: words attributed to a speaker. One quote reported by several articles is one node
/// (its id hashes the speaker and the normalised text) with one <see cref="QuoteReport"/> per article.
/// <see cref="SpeakerId"/> is null for anonymous sources, whose description ("sources close to the matter")
/// is kept in <see cref="SourceDescription"/>.
/// </summary>
public sealed record Quote(
    string Id,
    string Text,
    QuoteKind Kind,
    double Confidence,
    string? SpeakerId,
    string? SourceDescription);

/// <summary>Where an article reported a quote: the quote's span, its speech cue and the speaker mention.</summary>
public sealed record QuoteReport(string QuoteId, string ArticleId, TextSpan Span, TextSpan? Cue, TextSpan? SpeakerMention);

/// <summary>A quote is about an entity, with a weight in (0, 1] saying how central the entity is to it.</summary>
public sealed record QuoteTarget(string QuoteId, string EntityId, double Weight);
