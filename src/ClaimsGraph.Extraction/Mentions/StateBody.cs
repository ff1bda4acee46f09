using System.Globalization;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Mentions;

/// <summary>
/// A state's body named in lower case right after the state: "South Korea's military", "China's foreign ministry",
/// "the Philippine coast guard", "Taiwan's defence ministry". Wire copy writes them so; before, "…, South Korea's
/// military said" was a statement by the state and "the Philippine coast guard said" by nobody. The body is an
/// organisation named after its state the way capitalised ones are ("the Chinese Foreign Ministry" → "China Foreign
/// Ministry"), so both spellings make one node; the state keeps its own mention. "Government" and "administration"
/// are left out: a state's government speaking is the state speaking.
/// </summary>
public static class StateBody
{
    private static readonly PhraseMatcher<string> Bodies = new(
    [
        ("military", "MILITARY"), ("army", "MILITARY"), ("navy", "MILITARY"), ("air force", "MILITARY"), ("armed forces", "MILITARY"),
        ("coast guard", "MILITARY"), ("coastguard", "MILITARY"), ("joint chiefs of staff", "MILITARY"), ("defence ministry", "GOVERNMENT"),
        ("defense ministry", "GOVERNMENT"), ("foreign ministry", "GOVERNMENT"), ("interior ministry", "GOVERNMENT"),
        ("finance ministry", "GOVERNMENT"), ("trade ministry", "GOVERNMENT"), ("health ministry", "GOVERNMENT"),
        ("justice ministry", "GOVERNMENT"), ("foreign office", "GOVERNMENT"), ("presidential office", "GOVERNMENT"),
        ("cabinet", "GOVERNMENT"), ("parliament", "GOVERNMENT"), ("embassy", "GOVERNMENT"), ("central bank", "GOVERNMENT"),
        ("police", "GOVERNMENT"), ("space agency", "GOVERNMENT"), ("weather agency", "GOVERNMENT"), ("state media", "MEDIA"),
        ("state news agency", "MEDIA"), ("news agency", "MEDIA"),
    ], ignoreCase: false);

    /// <summary>
    /// The body after the state mention ending at <paramref name="stateEnd"/> (past a possessive "’s"): its tokens
    /// <paramref name="first"/> to the returned end, or -1.
    /// </summary>
    public static int Match(Document doc, int stateEnd, int limit, out int first, out string kind)
    {
        first = stateEnd < limit && doc.Tokens[stateEnd].Is(TokenFlags.Clitic) ? stateEnd + 1 : stateEnd;
        kind = "";
        if (first >= limit || doc.Tokens[first].Kind != TokenKind.Word || doc.Tokens[first].IsCapitalized) return -1;
        var length = Bodies.Match(doc.Text, doc.Tokens, first, limit, out kind!);
        return length > 0 && EndsTheNoun(doc, first + length, limit) ? first + length : -1;
    }

    /// <summary>
    /// Whether the body word is the head of its noun phrase: "South Korea's military said", "the navy, which …", not
    /// "U.S. military aid" or "Russia's military successes", where it qualifies the noun after it. What may follow a head
    /// here: nothing, punctuation, a verb in -ed or of saying, an auxiliary, an adverb in -ly, a preposition or conjunction.
    /// </summary>
    private static bool EndsTheNoun(Document doc, int next, int limit)
    {
        if (next >= limit || doc.Tokens[next].Kind is TokenKind.Punct or TokenKind.Quote) return true;
        if (doc.Tokens[next].Kind != TokenKind.Word || doc.Tokens[next].IsCapitalized) return false;
        var w = doc.Word(next);
        return HeadFollowers.Contains(w) || SpeechCues.IsVerbOfSaying(w)
            || w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal));
    }

    private static readonly WordSet HeadFollowers = new(
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should",
        "did", "does", "and", "or", "but", "in", "on", "at", "of", "to", "for", "with", "from", "into", "near", "over",
        "that", "which", "who", "also", "then", "now", "later", "still",
    ], ignoreCase: false);

    /// <summary>"China Foreign Ministry": the state's name and the body's words in title case.</summary>
    public static Organization Of(Document doc, string stateId, int first, int end, string kind)
    {
        var name = doc.NameOf(stateId) + " " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(doc.TextOf(first, end));
        return new Organization(NodeIds.Organization(name), name, [], kind);
    }
}
