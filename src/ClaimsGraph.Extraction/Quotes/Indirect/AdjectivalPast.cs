using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "rebutted the detailed points", "named her as the most qualified person": a past form in -ed right after a determiner
/// or a degree word modifies the noun after it, so it is no finite verb that ends a subject.
/// </summary>
public static class AdjectivalPast
{
    private static readonly WordSet Modifiers = new(
        ["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "every", "each", "most", "more", "less", "least", "very", "too"]);

    /// <summary>Whether the word at <paramref name="k"/> stands right after a lower-case determiner or degree word.</summary>
    public static bool Is(Document doc, int k) =>
        k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Word && !doc.Tokens[k - 1].IsCapitalized && doc.Tokens[k - 1].End < doc.Tokens[k].Start
        && Modifiers.Contains(doc.Word(k - 1));
}
