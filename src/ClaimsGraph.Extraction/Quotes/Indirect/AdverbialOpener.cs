using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "In nearby Riverton, …", "Even as the race moves to Ohio, …": words opening with a preposition or a subordinator set
/// the scene; they are no subject before an appositive. ("In the end, X said, B": see <see cref="FrontedAdverbial"/>.)
/// </summary>
public static class AdverbialOpener
{
    private static readonly WordSet Openers = new(
    [
        "in", "on", "at", "after", "before", "during", "over", "among", "despite", "by", "with", "for", "from", "under",
        "since", "about", "around", "even", "unless", "if", "when", "while", "as", "like", "unlike", "instead", "to",
        "although", "though", "because", "once", "until", "amid", "without", "within", "across", "through", "throughout",
    ], ignoreCase: true);

    /// <summary>Whether token <paramref name="k"/> is a preposition or subordinator that opens an adverbial.</summary>
    public static bool IsOpener(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && Openers.Contains(doc.Word(k));
}
