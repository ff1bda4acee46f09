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

/// <summary>
/// Where an article reported a quote: the quote's span, its speech cue and the speaker mention. An utterance the
/// article gives in several pieces (“Q1,” she said. “Q2.”, or a quote continued in the next paragraphs with no
/// cue of its own) is one report: <see cref="Span"/> is its first piece and <see cref="Pieces"/> all of them.
/// </summary>
public sealed record QuoteReport(string QuoteId, string ArticleId, TextSpan Span, TextSpan? Cue, TextSpan? SpeakerMention)
{
    /// <summary>Every piece of the utterance in text order, the first being <see cref="Span"/>; empty when it is one piece.</summary>
    public IReadOnlyList<TextSpan> Pieces { get; init; } = [];

    /// <summary>The pieces to show or highlight: <see cref="Pieces"/>, or <see cref="Span"/> alone.</summary>
    public IReadOnlyList<TextSpan> AllPieces => Pieces.Count > 0 ? Pieces : [Span];

    // A record compares lists by reference; a report read back from a store must equal the one written.
    public bool Equals(QuoteReport? other) =>
        other is not null && QuoteId == other.QuoteId && ArticleId == other.ArticleId && Span == other.Span
        && Cue == other.Cue && SpeakerMention == other.SpeakerMention && Pieces.SequenceEqual(other.Pieces);

    public override int GetHashCode() => HashCode.Combine(QuoteId, ArticleId, Span, Cue, SpeakerMention, Pieces.Count);
}

/// <summary>A quote is about an entity, with a weight in (0, 1] saying how central the entity is to it.</summary>
public sealed record QuoteTarget(string QuoteId, string EntityId, double Weight);
