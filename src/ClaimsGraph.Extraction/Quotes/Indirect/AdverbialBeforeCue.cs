using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Lobbyists in general prefer …", "critics have in particular noted …", "Gowdy earlier in the day touted …", "Trump did
/// not at any time Thursday mention …": a prepositional phrase of common words between the subject and the verb group
/// is an adverbial of the verb, no part of the source; the source is the phrase before it. Not "the wall he wants",
/// "a fight it expects" (a pronoun is the subject of a relative clause), "three in 10 said" (a share), "those who are on
/// the ballot defending" (a predicate of "be").
/// </summary>
public static class AdverbialBeforeCue
{
    private static readonly WordSet Prepositions = new(["in", "at", "on", "during", "for", "over", "within", "throughout"]);

    private static readonly WordSet Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    // Words that close a phrase or open a clause: a phrase holding one is no plain adverbial ("in which …", "on what he said").
    private static readonly WordSet NotInPhrase = new(
    [
        "that", "which", "who", "whom", "whose", "what", "and", "but", "or", "as", "when", "while", "if", "because", "where",
        "how", "why", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "not", "to", "said", "says",
        "by", "of", "with", "from", "about", "into", "after", "before", "since", "until", "than", "like",
    ]);

    private static readonly WordSet BeForms = new(["is", "are", "was", "were", "be", "been", "being"]);

    private const int MaxWords = 5;

    /// <summary>The preposition opening an adverbial phrase that ends right before <paramref name="k"/> (after a word of the subject or verb group, not before <paramref name="first"/>), or <paramref name="k"/>.</summary>
    public static int Start(Document doc, int k, int first)
    {
        for (var p = k - 2; p > first && k - p - 1 <= MaxWords; p--)
        {
            var t = doc.Tokens[p];
            if (t.Kind != TokenKind.Word) return k;
            if (Prepositions.Contains(doc.Word(p)) && !t.IsCapitalized)
                return doc.Tokens[p - 1].Kind == TokenKind.Word && !Prepositions.Contains(doc.Word(p - 1)) && !BeForms.Contains(doc.Word(p - 1))
                       && !IndirectCues.CountWords.Contains(doc.Word(p - 1)) && PlainPhrase(doc, p + 1, k) ? p : k;
        }
        return k;
    }

    private static readonly WordSet ParticipleOpeners = new(["after", "before", "while", "upon", "when"]);

    /// <summary>
    /// "The opposition leader Ravi Kumar after walking out said", "Lin, while visiting the plant, said": "after", "before",
    /// "while", "upon" or "when" and an -ing participle with up to three plain words, between the subject and the cue, tell
    /// when it was said; the subject is before them. Returns where they start, or <paramref name="k"/>.
    /// </summary>
    public static int ParticipialStart(Document doc, int k, int first)
    {
        for (var p = k - 2; p > first && k - p <= 5; p--)
        {
            var t = doc.Tokens[p];
            if (t.Kind != TokenKind.Word || t.IsCapitalized) return k;
            if (!ParticipleOpeners.Contains(doc.Word(p))) continue;
            var participle = doc.Word(p + 1);
            return participle.Length > 4 && participle.EndsWith("ing", StringComparison.Ordinal) && !doc.Tokens[p + 1].IsCapitalized
                   && doc.Tokens[p - 1].Kind == TokenKind.Word && PlainPhrase(doc, p + 2, k) ? p : k;
        }
        return k;
    }

    /// <summary>Whether [<paramref name="f"/>, <paramref name="e"/>) are common lower-case words, numbers or weekdays: "the past", "particular", "any time Thursday".</summary>
    private static bool PlainPhrase(Document doc, int f, int e)
    {
        for (var j = f; j < e; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind != TokenKind.Word || doc.MentionAt[j] >= 0 && !Weekdays.Contains(doc.Word(j))) return false;
            if (t.IsCapitalized ? !Weekdays.Contains(doc.Word(j)) : NotInPhrase.Contains(doc.Word(j)) || Prepositions.Contains(doc.Word(j)) || SpeakerResolver.IsSubjectPronoun(doc.Word(j))) return false;
        }
        return true;
    }
}
