namespace ClaimsGraph.Extraction.Text;

/// <summary>A sentence as a token range [FirstToken, EndToken) and the paragraph it belongs to.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, int Paragraph)
{
    public int TokenCount => EndToken - FirstToken;
}
