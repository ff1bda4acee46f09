using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "In nearby Riverton, …", "Even as the race moves to Ohio, …", "In the end, Mr. X said, …": words opening with a
/// preposition or a subordinator set the scene; they are no subject before an appositive and no words of the report.
/// </summary>
public static class AdverbialOpener
{
    private static readonly WordSet Openers = new(
    [
        "in", "on", "at", "after", "before", "during", "over", "among", "despite", "by", "with", "for", "from", "under",
        "since", "about", "around", "even", "unless", "if", "when", "while", "as", "like", "unlike", "instead", "to",
        "although", "though", "because", "once", "until", "amid", "without", "within", "across", "through", "throughout",
    ], ignoreCase: true);

    private const int MaxWords = 6;

    /// <summary>Whether token <paramref name="k"/> is a preposition or subordinator that opens an adverbial.</summary>
    public static bool IsOpener(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && Openers.Contains(doc.Word(k));

    /// <summary>Whether [<paramref name="first"/>, <paramref name="end"/>) is a short adverbial: at most six words after such an opener.</summary>
    public static bool IsShortAdverbial(Document doc, int first, int end) =>
        end > first && IsOpener(doc, first) && !ReportedClause.MoreWordsThan(doc, first, end, MaxWords);
}
