namespace ClaimsGraph.Domain.Model;

public enum QuoteKind
{
    /// <summary>Words inside quotation marks, a whole utterance.</summary>
    Direct,
    /// <summary>A fragment in quotation marks embedded in reported speech.</summary>
    Partial,
    /// <summary>Reported speech without quotation marks ("X said that …").</summary>
    Indirect,
}
