using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "…, said one diplomat, who asked not to be named because of …", "who asked not to be publicly identified": a source
/// asking not to be named explains why no name is given; it reports nothing. ("who requested anonymity to discuss …" is
/// left alone: PolNeAR marks it as a report, right in 2 of 5 such train reports.)
/// </summary>
public static class AnonymityRequest
{
    private static readonly WordSet NamedWords = new(["named", "identified", "quoted", "cited"]);

    /// <summary>Whether the cue at <paramref name="v"/> asks for the source's anonymity: "asked not to be [publicly] named / identified / quoted".</summary>
    public static bool IsRequest(Document doc, Sentence s, int v)
    {
        var k = v + 1;
        if (k + 3 >= s.EndToken || !doc.WordIs(k, "not") || !doc.WordIs(k + 1, "to") || !doc.WordIs(k + 2, "be")) return false;
        k += 3;
        if (doc.WordIs(k, "publicly") && k + 1 < s.EndToken) k++;
        return doc.Tokens[k].Kind == TokenKind.Word && NamedWords.Contains(doc.Word(k));
    }
}
