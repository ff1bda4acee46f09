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
    int Paragraph);
