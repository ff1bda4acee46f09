using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "It is worth noting that …", "it's worth pointing out that …", "It goes without saying that …": idioms in which the
/// writer states the clause in their own voice; nobody is reported as saying it.
/// </summary>
public static class WritersIdiom
{
    private static readonly WordSet GoForms = new(["go", "goes", "went", "gone", "going"]);

    /// <summary>Whether the gerund cue at <paramref name="cue"/> stands in such an idiom.</summary>
    public static bool IsIdiom(Document doc, Sentence s, int cue)
    {
        if (cue - 1 < s.FirstToken || !doc.Word(cue).EndsWith("ing", StringComparison.Ordinal)) return false;
        if (doc.WordIs(cue - 1, "worth")) return true;
        return doc.WordIs(cue, "saying") && doc.WordIs(cue - 1, "without") && cue - 2 >= s.FirstToken && GoForms.Contains(doc.Word(cue - 2));
    }
}
