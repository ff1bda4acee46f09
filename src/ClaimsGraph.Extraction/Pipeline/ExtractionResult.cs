using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Extraction.Pipeline;

/// <summary>
/// What the pipeline found in one text. Offsets are UTF-16 indices into the text exactly as given.
/// It maps one to one onto the JSON contract of <c>claimsgraph extract</c> and onto an ArticleGraph.
/// </summary>
public sealed record ExtractionResult(
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<Affiliation> Affiliations)
{
    public static ExtractionResult Empty { get; } = new([], [], [], []);
}

/// <summary>An entity the text mentions, with every span that mentions it.</summary>
public sealed record ExtractedEntity(Entity Entity, IReadOnlyList<TextSpan> Mentions);

/// <summary>
/// A quote: for DIRECT and PARTIAL the span covers the quoted words without the marks; for INDIRECT the
/// reported clause without "that". An utterance given in several pieces has its first piece as the span, every
/// piece in <see cref="Pieces"/> and their words joined in <see cref="Text"/>.
/// </summary>
public sealed record ExtractedQuote(
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    ExtractedSpeaker Speaker,
    TextSpan? Cue,
    IReadOnlyList<QuoteAbout> About,
    double Confidence)
{
    /// <summary>Every piece in text order (the first is <see cref="Span"/>); empty when the quote is one piece.</summary>
    public IReadOnlyList<TextSpan> Pieces { get; init; } = [];
}

/// <summary>
/// Who said it: the resolved entity (null for anonymous sources, which keep their description), and the
/// mention nearest the cue that names or refers to the speaker (a name, a pronoun or a role noun).
/// </summary>
public sealed record ExtractedSpeaker(string? EntityId, string? Name, TextSpan? Mention, string? Description)
{
    public static ExtractedSpeaker Unknown { get; } = new(null, null, null, null);
}

public sealed record QuoteAbout(string EntityId, double Weight);

public sealed record ExtractedEvent(
    Event Event, IReadOnlyList<EventParticipant> Participants, string? LocatedInId, TextSpan Span);
