using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The mayor has a wide lead in the polls.", "she is struggling in the latest polls": polls in the plural with no name,
/// kind or date are the race's standing, not the source of a finding, and the sentence is left to its own cues ("X says
/// he is under attack because of his rise in the polls"). "CLAUSE in a new Fox News poll", "in Monday's poll", "In exit
/// polls, CLAUSE" name a poll and report its finding.
/// </summary>
public static class StandingInPolls
{
    private static readonly WordSet PlainModifiers = new(
        ["the", "latest", "recent", "national", "state", "early", "some", "many", "most", "all", "several", "public"]);

    /// <summary>Whether the phrase from <paramref name="f"/> to its head <paramref name="head"/> is plain plural polls.</summary>
    public static bool IsGeneric(Document doc, int f, int head)
    {
        if (!(doc.WordIs(head, "polls") || doc.WordIs(head, "surveys"))) return false;
        for (var k = f; k < head; k++)
        {
            if (!PlainModifiers.Contains(doc.Word(k))) return false;
        }
        return true;
    }
}
