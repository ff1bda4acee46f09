using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Targets;

/// <summary>
/// "he", "him", "his", "she", "her" in a quote's words → the person they mean, only when the context leaves one choice:
/// of the people named (or called by their role, "the president") in the quote's paragraph and the one before it, the
/// speaker aside, exactly one could be meant, and their gender is known to match. The nearest person of the right gender
/// was wrong in more than half of the quotes read by hand: a name of unknown gender in between, a surname no stage
/// knew, or a speaker meaning themselves was the referent (docs/extraction.md, targets).
/// </summary>
public static class PronounReferent
{
    /// <summary>How far back the context reaches, in tokens, whatever the paragraphs' length.</summary>
    private const int Window = 600;

    /// <summary>The person token <paramref name="k"/> of quote <paramref name="q"/> refers to, or null.</summary>
    public static string? Resolve(Document doc, QuoteCandidate q, int k)
    {
        var gender = GenderOf(doc, k);
        if (gender == Gender.Unknown) return null;
        var speaker = q.Speaker.EntityId is { } id ? doc.People.GetValueOrDefault(id) : null;
        // "Smith said he would run": outside quotation marks a third-person pronoun is the speaker as often as not.
        if (q.Kind != QuoteKind.Direct && (speaker is null || speaker.Gender != Opposite(gender))) return null;

        var paragraph = doc.Sentences[doc.SentenceOf[k]].Paragraph;
        PersonInfo? only = null;
        for (var j = k - 1; j >= 0 && k - j <= Window && doc.Sentences[doc.SentenceOf[j]].Paragraph >= paragraph - 1; j--)
        {
            var m = doc.MentionAt[j];
            string? named;
            if (m >= 0)
            {
                j = doc.Mentions[m].FirstToken;
                named = doc.Mentions[m].Kind == MentionKind.Person ? doc.Mentions[m].EntityId : null;
            }
            else if (MayNameSomeone(doc, j)) return null;
            else named = ReferringWords.Resolve(doc, j);
            if (named is null || !doc.People.TryGetValue(named, out var person)) continue;
            if (person.Id == speaker?.Id || person.Gender == Opposite(gender) || person == only) continue;
            if (only is not null || person.Gender != gender) return null;
            only = person;
        }
        return only?.Id;
    }

    /// <summary>
    /// A capitalised word inside a sentence that no stage took for an entity and that stands like a name ("Trump lodged
    /// …", "Sweet's"): a surname the article never gave in full may be the one meant. After "the" or a preposition of
    /// place it is a place or an organisation ("in Orlando", "the Pentagon").
    /// </summary>
    private static bool MayNameSomeone(Document doc, int j)
    {
        var t = doc.Tokens[j];
        if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.Is(TokenFlags.AllCaps) || t.Length < 2) return false;
        if (doc.Sentences[doc.SentenceOf[j]].FirstToken == j || j > 0 && doc.Tokens[j - 1].Kind == TokenKind.Quote) return false;
        if (j > 0 && (doc.Tokens[j - 1].IsCapitalized || PlaceOrThing.Contains(doc.Word(j - 1)))) return false;
        if (j + 1 >= doc.Tokens.Count || doc.Tokens[j + 1].Kind == TokenKind.Word && doc.Tokens[j + 1].IsCapitalized) return false;
        var w = doc.Word(j);
        return !WordLists.NotNameWords.Contains(w) && !NameShape.LooksLikeNoName(w) && !WordLists.FirstPerson.Contains(w);
    }

    private static readonly WordSet PlaceOrThing = new(["the", "a", "an", "in", "at", "from", "to", "into", "of", "across", "near", "outside", "inside", "on"]);

    private static Gender GenderOf(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word) return Gender.Unknown;
        var w = doc.Word(k);
        // Reflexives ("himself") are left out: they mean their clause's subject, most often the speaker.
        if (w.EndsWith("self", StringComparison.OrdinalIgnoreCase)) return Gender.Unknown;
        return WordLists.MalePronouns.Contains(w) ? Gender.Male : WordLists.FemalePronouns.Contains(w) ? Gender.Female : Gender.Unknown;
    }

    private static Gender Opposite(Gender g) => g == Gender.Male ? Gender.Female : Gender.Male;
}
