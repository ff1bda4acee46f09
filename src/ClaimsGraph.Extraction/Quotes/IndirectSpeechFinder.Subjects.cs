using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Subjects, asides and determiners around a cue: whether a word follows a subject, a relative aside, an appositive after a name.</summary>
public static partial class IndirectSpeechFinder
{
    private static readonly WordSet OpeningConjunctions = new(["but", "and", "so", "yet", "still", "now", "then", "meanwhile", "instead", "also", "or"]);

    private static readonly WordSet SubjectWords = new(["he", "she", "they", "we", "i", "who"]);

    /// <summary>
    /// Whether the word before <paramref name="v"/> is a subject pronoun, "who", the end of a named mention or of a plural
    /// subject (capitalised too, "Democrats hope …", "Strategists fear …"), or a relative aside of the subject closes right
    /// before it ("Bush, who has raised more money than anyone, hopes …").
    /// </summary>
    private static bool AfterSubjectWord(Document doc, Sentence s, int v) =>
        v - 1 >= s.FirstToken && doc.Tokens[v - 1].Kind == TokenKind.Word
        && (SubjectWords.Contains(doc.Word(v - 1)) || EndsNamedSubject(doc, s, v) || EndsPluralSubject(doc, v) || SingularSubjectBeforeClause(doc, s, v))
        || RelativeAsideStart(doc, s, v) >= 0;

    private static readonly WordSet ClauseOpeners = new(["he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "the", "a", "an", "this", "there"]);

    private const int MaxSubjectNoun = 3;

    /// <summary>
    /// "The landlord claims his building is …", "The city government claims the river runs …", "the Gazette claims
    /// the refusal is …": a form in -s after a singular noun phrase ("the" + nouns, or a capitalised word) and before the
    /// subject of a bare clause (a pronoun, a determiner, a name) agrees with that phrase as a verb; "the claims", "his
    /// claims", "fraud claims have" stay nouns.
    /// </summary>
    private static bool SingularSubjectBeforeClause(Document doc, Sentence s, int v)
    {
        var w = doc.Word(v);
        if (!w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || v + 1 >= s.EndToken) return false;
        var before = doc.Tokens[v - 1];
        if (before.Is(TokenFlags.Clitic) || FollowsDeterminer(doc, v) || IndirectCues.NotInSource.Contains(doc.Word(v - 1))) return false;
        var next = doc.Tokens[v + 1];
        if (next.Kind != TokenKind.Word || !(ClauseOpeners.Contains(doc.Word(v + 1)) || next.IsCapitalized && doc.MentionAt[v + 1] >= 0)) return false;
        if (before.IsCapitalized) return true;
        for (var k = v - 2; k >= s.FirstToken && v - 1 - k <= MaxSubjectNoun; k--)
        {
            if (doc.WordIs(k, "the")) return true;
            if (doc.Tokens[k].Kind != TokenKind.Word || IndirectCues.NotInSource.Contains(doc.Word(k)) || IsPossessivePronoun(doc, k)) return false;
        }
        return false;
    }

    private static readonly WordSet PluralPronouns = new(["many", "some", "others", "most", "few", "both", "all", "you"]);

    /// <summary>
    /// "officials hope …", "some critics fear …", "Many fear …": a plain form (no -s) after a lower-case plural noun agrees
    /// with it as a verb; "security fears", "voter concerns" (a singular noun before a plural form) stay nouns.
    /// </summary>
    private static bool EndsPluralSubject(Document doc, int v)
    {
        var cue = doc.Word(v);
        // "the jobs report", "a New York Times report": "report" after a plural is mostly a compound noun.
        if (cue.EndsWith('s') || cue is "report" || doc.Tokens[v - 1].Is(TokenFlags.Clitic)) return false;
        var w = doc.Word(v - 1);
        if (PluralPronouns.Contains(w)) return true;
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
               && !IndirectCues.NotInSource.Contains(w) && !IndirectCues.ThatNouns.Contains(w) && !IndirectCues.ThatVerbs.Contains(w) && !FollowsPossessive(doc, v - 1);
    }

    private static bool FollowsPossessive(Document doc, int k) => k > 0 && (IsPossessivePronoun(doc, k - 1) || doc.Tokens[k - 1].Is(TokenFlags.Clitic));

    /// <summary>"Cruz hopes to …", "Gov. Chris Christie fears …": a name ends right before the word, with no determiner or possessive before the name.</summary>
    private static bool EndsNamedSubject(Document doc, Sentence s, int v)
    {
        if (doc.MentionAt[v - 1] < 0) return false;
        var m = doc.Mentions[doc.MentionAt[v - 1]];
        if (m.EndToken != v || !doc.Tokens[m.FirstToken].IsCapitalized) return false;
        return m.FirstToken == s.FirstToken || !FollowsDeterminer(doc, m.FirstToken);
    }
    /// <summary>
    /// For a cue right after ", " or a dash: the comma or dash opening a relative or descriptive aside before it
    /// (", who …,", "— who …—", ", a former governor who …,"), or -1.
    /// </summary>
    private static int RelativeAsideStart(Document doc, Sentence s, int v)
    {
        if (!(doc.IsPunct(v - 1, ',') || doc.IsPunct(v - 1, '-') || doc.IsPunct(v - 1, '—') || doc.IsPunct(v - 1, '–'))) return -1;
        var hasRelative = false;
        for (var j = v - 2; j > s.FirstToken && j >= v - MaxAside; j--)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return -1;
            if (doc.WordIs(j, "who") || doc.WordIs(j, "whose") || doc.WordIs(j, "which")) hasRelative = true;
            if (doc.IsPunct(j, ',') || doc.IsPunct(j, '—') || doc.IsPunct(j, '–') || doc.IsPunct(j, '-') && !doc.Tokens[j].Is(TokenFlags.Glued))
                return hasRelative ? j : -1;
        }
        return -1;
    }

    private const int MaxAside = 40;

    /// <summary>"a group called", "an op-ed dubbed": an indefinite noun phrase of at most three words right before <paramref name="v"/>.</summary>
    private static bool IndefiniteNounBefore(Document doc, Sentence s, int v)
    {
        for (var k = v - 1; k >= s.FirstToken && k >= v - 3; k--)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (doc.WordIs(k, "a") || doc.WordIs(k, "an")) return k < v - 1;
        }
        return false;
    }

    /// <summary>
    /// The name opening sentence <paramref name="s"/> when a comma follows it and the cue <paramref name="v"/> comes right
    /// after a second comma closing the description in between (no quotation mark, no further comma-free clause), or an empty range.
    /// </summary>
    private static (int First, int End) NamedSubjectBeforeAppositive(Document doc, Sentence s, int v)
    {
        var first = s.FirstToken;
        if (first >= v || doc.MentionAt[first] < 0) return (first, first);
        var end = doc.Mentions[doc.MentionAt[first]].EndToken;
        if (end >= v - 2 || !doc.IsPunct(end, ',') || v - end > MaxAside) return (first, first);
        for (var k = end + 1; k < v - 1; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.IsPunct(k, ';')) return (first, first);
        }
        return (first, end);
    }

    private const int MaxShortSubject = 8;

    /// <summary>
    /// "Gov. X of Ohio, a Democrat who …, said …", "The venture capitalist X, who …, said …": a few words opening the
    /// sentence with a capital, then a comma and an appositive or a relative clause, are a subject, not a reported clause.
    /// </summary>
    private static bool ShortSubjectBeforeAppositive(Document doc, Sentence s, int v)
    {
        var first = s.FirstToken;
        // "In nearby Riverton, the mill is …, said X", "Even as …, a state that …, said X": a scene, no subject.
        if (first >= v || !doc.Tokens[first].IsCapitalized || AdverbialOpener.IsOpener(doc, first)) return false;
        for (var k = first + 1; k < v - 1 && k - first <= MaxShortSubject; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote) return false;
            if (doc.IsPunct(k, ',')) return StartsAppositive(doc, k + 1, v);
        }
        return false;
    }

    private static bool IsRelativePronoun(Document doc, int k) => doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "that");

    private static bool FollowsDeterminer(Document doc, int v) =>
        v > 0 && (doc.WordIs(v - 1, "the") || doc.WordIs(v - 1, "a") || doc.WordIs(v - 1, "an") || doc.WordIs(v - 1, "to") || doc.WordIs(v - 1, "this")
                  || doc.WordIs(v - 1, "these") || doc.WordIs(v - 1, "its") || doc.WordIs(v - 1, "their") || doc.WordIs(v - 1, "his") || doc.WordIs(v - 1, "her")
                  || doc.WordIs(v - 1, "of") || doc.WordIs(v - 1, "for") || doc.WordIs(v - 1, "no") || doc.WordIs(v - 1, "more") || doc.WordIs(v - 1, "much")
                  || doc.Tokens[v - 1].Is(TokenFlags.Clitic) && !ContractedAuxiliary(doc, v - 1));

    private static readonly WordSet ContractedSubjects = new(["he", "she", "it", "who", "that", "there", "what", "where", "here"]);

    /// <summary>
    /// "she's argued", "he's said", "who's claimed": "'s" after a subject pronoun is "has" or "is", an auxiliary before the
    /// verb, not the possessive of "Trump's claim".
    /// </summary>
    private static bool ContractedAuxiliary(Document doc, int k) =>
        k - 1 >= 0 && doc.Tokens[k - 1].Kind == TokenKind.Word && ContractedSubjects.Contains(doc.Word(k - 1)) && doc.Word(k) is [_, 's' or 'S'];

    private static bool IsPossessivePronoun(Document doc, int k) =>
        doc.WordIs(k, "his") || doc.WordIs(k, "her") || doc.WordIs(k, "their") || doc.WordIs(k, "its") || doc.WordIs(k, "my") || doc.WordIs(k, "our") || doc.WordIs(k, "your");
}
