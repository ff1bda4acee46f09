using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "“We will rebuild the pier,” the mayor said after the storm.", "…, she said while campaigning in Ohio", "he wrote
/// without further comment": a phrase of time or manner right after a verb of saying tells when or how it was said,
/// not what. It is what was said only when a clause of its own follows ("said after the vote he would resign": a
/// subject pronoun later in the words), or when it holds a second act of saying ("added while also saying that …").
/// "when" is left out: "said when they would vote" is a question reported.
/// </summary>
public static class SayingCircumstance
{
    // The scan for a later subject stops here; circumstances are short.
    private const int MaxTokens = 40;

    // "testify before the committee about …" names the venue, which may open the content.
    private static readonly WordSet VenueVerbs = new(["testify", "testifies", "testified", "testifying"]);

    private static readonly WordSet Openers = new(
        ["after", "before", "aboard", "during", "upon", "according", "until", "since", "while", "without"]);

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we", "i", "it", "you"]);

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="end"/>, right after saying cue <paramref name="cue"/>, are its circumstance.</summary>
    public static bool IsCircumstance(Document doc, int cue, int first, int end)
    {
        if (first != cue + 1 || end <= first || !SpeechCues.IsVerbOfSaying(doc.Word(cue)) || VenueVerbs.Contains(doc.Word(cue)) || !Openers.Contains(doc.Word(first))) return false;
        var next = first + 1;
        if (doc.WordIs(next, "also")) next++;
        if (next < end && IndirectCues.FollowOnParticiples.Contains(doc.Word(next))) return false; // "while also saying that …"
        for (var k = first + 2; k < end && k < first + MaxTokens; k++)
        {
            if (SubjectPronouns.Contains(doc.Word(k))) return false;
        }
        return true;
    }
}
