namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Words between a pair of quotation marks: the marks' token indices (Close = -1 when the quote runs to the
/// paragraph's end and the next paragraph continues it) and the content's token range [First, End).
/// </summary>
public readonly record struct QuotePiece(int Open, int Close, int First, int End, int ContentStart, int ContentEnd)
{
    public int TokenCount => End - First;
}
