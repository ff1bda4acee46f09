using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Correction: An earlier version of this story …", "CLARIFICATION: …", "Contributing: …", "EMAIL: …", "WATCH: …",
/// "Revealed: …": a paragraph label naming a section or a kind of item, written like a speaker's label but naming nobody.
/// </summary>
public static class EditorialLabel
{
    private static readonly WordSet Words = new(
    [
        "correction", "corrections", "clarification", "update", "updated", "contributing", "email", "e-mail", "revealed",
        "look", "watch", "video", "photos", "photo", "related", "abstract", "exclusive", "breaking", "listen", "busted",
        "pictured", "credit", "editor", "editors", "note",
    ]);

    /// <summary>Whether the label from <paramref name="first"/> to the colon at <paramref name="colon"/> opens with an editorial word.</summary>
    public static bool IsEditorial(Document doc, int first, int colon) => colon > first && Words.Contains(doc.Word(first));
}
