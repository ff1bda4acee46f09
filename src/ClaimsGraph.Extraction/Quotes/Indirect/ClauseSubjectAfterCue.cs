using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "A senior official, speaking on condition of anonymity, said Washington was concerned …": a name right after the
/// verb of saying that is followed by a verb is the subject of the reported clause, not an inverted source
/// ("CLAUSE, said X"); the words before the comma are the speaker and an aside.
/// </summary>
public static class ClauseSubjectAfterCue
{
    private static readonly WordSet FiniteVerbs = new(
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must",
        "did", "does", "do", "remains", "remained",
    ]);

    /// <summary>Whether the phrase after the cue, ending at <paramref name="e"/>, is followed by a finite verb of its own.</summary>
    public static bool IsSubject(Document doc, int e, int limit) =>
        e < limit && doc.Tokens[e].Kind == TokenKind.Word && !doc.Tokens[e].IsCapitalized && FiniteVerbs.Contains(doc.Word(e));
}
