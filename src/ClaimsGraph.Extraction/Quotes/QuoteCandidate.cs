using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>A quote found by the attribution stage, with the tokens of its attributing clause (for targets).</summary>
public sealed record QuoteCandidate(
    TextSpan Span,
    QuoteKind Kind,
    ExtractedSpeaker Speaker,
    TextSpan? Cue,
    double Confidence,
    int FirstToken,
    int EndToken,
    int ClauseFirstToken,
    int ClauseEndToken,
    int Paragraph)
{
    /// <summary>The quote's words when they are not simply the text of <see cref="Span"/> (an utterance given in pieces).</summary>
    public string? JoinedText { get; init; }

    /// <summary>
    /// Every piece of an utterance given in several (“Q1,” he said, “Q2.”), in text order; <see cref="Span"/> is
    /// the first. Null when the quote is one piece.
    /// </summary>
    public IReadOnlyList<TextSpan>? Pieces { get; init; }

    /// <summary>Whether the speaker came from a cue of this quote's own (not from a neighbouring quote).</summary>
    public bool OwnCue { get; init; } = true;

    /// <summary>Whether the quote's last piece runs to its paragraph's end unclosed, continued by the next paragraph.</summary>
    public bool ContinuesInNextParagraph { get; init; }
}
