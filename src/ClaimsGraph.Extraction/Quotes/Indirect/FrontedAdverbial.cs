using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "In the end, Mr. Rosenthal said, union voters …", "With rebels gaining ground, they said, the president …": when a
/// report is given in two pieces around its attribution and the first is only a fronted adverbial (a short phrase opened
/// by a preposition: "In", "With", "Despite", "As for"), what was said is the clause after the attribution; the
/// adverbial only frames it. Not a conditional clause ("If only a few delegates are at stake, the campaign said,
/// …"): that is part of what was said.
/// </summary>
public static class FrontedAdverbial
{
    // Longer openings ("At Boca West, where it costs …") mostly carry a clause of their own.
    private const int MaxWords = 8;

    private static readonly WordSet Openers = new(
    [
        "in", "on", "at", "by", "for", "after", "before", "during", "since", "until", "with", "without", "over", "under",
        "from", "within", "among", "amid", "despite", "to", "of", "like", "unlike", "beyond", "instead", "rather",
        "across", "through", "throughout", "against", "around", "behind", "inside", "outside", "toward", "towards", "upon",
        "given", "following", "according",
    ]);

    // "But with each passing contest, …": a conjunction may stand before the adverbial.
    private static readonly WordSet Conjunctions = new(["but", "and", "yet", "so"]);

    /// <summary>
    /// "Around 28,000 people were in need of shelter, he said.", "Over 300 homes burned", "At least 40 died": a preposition of
    /// degree before a number opens the clause's subject, a quantity, no adverbial ("In 2019, …" stays one).
    /// </summary>
    private static bool QuantityOpener(Document doc, int opener, int end)
    {
        var n = opener + 1;
        if ((doc.WordIs(opener, "at") || doc.WordIs(opener, "At")) && n < end && (doc.WordIs(n, "least") || doc.WordIs(n, "most"))) n++;
        else if (!(doc.WordIs(opener, "over") || doc.WordIs(opener, "Over") || doc.WordIs(opener, "around") || doc.WordIs(opener, "Around")
                   || doc.WordIs(opener, "under") || doc.WordIs(opener, "Under"))) return false;
        return n < end && doc.Tokens[n].Kind == TokenKind.Number;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="end"/> are a fronted adverbial phrase only.</summary>
    public static bool IsOnly(Document doc, int first, int end)
    {
        var words = 0;
        var opener = -1;
        for (var k = first; k < end; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return false;
            if (doc.Tokens[k].Kind != TokenKind.Word) continue;
            if (++words > MaxWords) return false;
            if (opener < 0 && !(words == 1 && Conjunctions.Contains(doc.Word(k)))) opener = k;
        }
        if (opener < 0) return false;
        if (QuantityOpener(doc, opener, end)) return false;
        if (Openers.Contains(doc.Word(opener))) return true;
        // "As for RT's political bent, he said, …", but not "As the market fell, …" (a clause).
        return (doc.WordIs(opener, "as") || doc.WordIs(opener, "As")) && opener + 1 < end
            && (doc.WordIs(opener + 1, "for") || doc.WordIs(opener + 1, "to"));
    }
}
