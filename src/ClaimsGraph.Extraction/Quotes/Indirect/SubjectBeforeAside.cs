using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "The Journal, citing internal documents, reported …", "One former aide, speaking on condition of anonymity, said …",
/// "Trump, who has relied on …, has said …": a cue right after a comma that closes an aside. The word before the cue
/// belongs to the aside, so the source is the sentence subject ending at the comma that opens it.
/// </summary>
public static class SubjectBeforeAside
{
    private const int MaxAside = 40;

    /// <summary>
    /// [first, end) of the sentence subject when <paramref name="closingComma"/> (the comma before the cue's verb group)
    /// closes an aside that opens right after that subject, or an empty range.
    /// </summary>
    public static (int First, int End) Find(Document doc, Sentence s, int closingComma)
    {
        if (closingComma <= s.FirstToken || !IsAsideMark(doc, closingComma)) return (closingComma, closingComma);
        // Inside an opening "While …" clause the subject is the clause's own, not the main clause's.
        var (f, e) = OpeningClause.SubjectBeforeFirstComma(doc, s, closingComma) is var (of, oe) && oe > of ? (of, oe) : SentenceSubject.Find(doc, s, closingComma);
        // The subject must end at the aside's opening comma, with at least one word of aside in between.
        if (e <= f || e >= closingComma - 1 || !IsAsideMark(doc, e) || doc.IsPunct(e, ',') != doc.IsPunct(closingComma, ',') || closingComma - e > MaxAside)
            return ClauseSubjectBeforeAside(doc, s, closingComma);
        for (var k = e + 1; k < closingComma; k++)
        {
            // A quotation or a new clause ("; …") is no aside.
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.IsPunct(k, ';') || doc.IsPunct(k, ':')) return (closingComma, closingComma);
        }
        // "Poland's foreign minister, Radoslaw Sikorski, said …": an aside that is only the person's name is the speaker.
        return AppositiveName.After(doc, e, e, closingComma + 1) is var (nf, ne) && ne == closingComma ? (nf, ne) : (f, e);
    }

    private static readonly Lexicon.WordSet ClauseOpeners = new(["as", "whether", "when", "while", "because", "if", "that", "after", "before", "since", "although", "though", "and", "but", "until", "once"]);

    /// <summary>
    /// "… whether Lane, who enjoys wide support, will ever tell …", "… as Lane, contradicting Ruiz, said …", "(Lane, who did
    /// not reply, has denied …)": a clause inside the sentence (after a subordinator, "that", "and", "but" or an opening
    /// bracket) whose subject is set off from the cue by an aside opening with "who" or a participle in -ing; the subject is
    /// the phrase before the aside's opening comma, or an empty range.
    /// </summary>
    private static (int First, int End) ClauseSubjectBeforeAside(Document doc, Sentence s, int closingComma)
    {
        if (!doc.IsPunct(closingComma, ',')) return (closingComma, closingComma);
        for (var k = closingComma - 2; k > s.FirstToken && closingComma - k <= MaxAside; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.IsPunct(k, ';') || doc.IsPunct(k, ':')) break;
            if (!doc.IsPunct(k, ',')) continue;
            var a = doc.Tokens[k + 1];
            if (a.Kind != TokenKind.Word || a.IsCapitalized || !(doc.WordIs(k + 1, "who") || a.Length > 4 && doc.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)))
                break;
            var (f, e) = SourcePhrase.Before(doc, k, s.FirstToken);
            if (e != k || e <= f || f - 1 < s.FirstToken) break;
            var b = f - 1;
            var opener = doc.Tokens[b].Kind == TokenKind.Word && !doc.Tokens[b].IsCapitalized && ClauseOpeners.Contains(doc.Word(b)) || b == s.FirstToken && doc.IsPunct(b, '(');
            return opener && SourcePhrase.LooksLikeSource(doc, f, e) ? (f, e) : (closingComma, closingComma);
        }
        return (closingComma, closingComma);
    }

    /// <summary>
    /// "Skippers in the next two harbors — Elm Cove and Marlow — said …", "The three judges -- Ms. Ito, Mr. Park
    /// and Ms. Lowe -- agreed …": for a cue right after a closing dash, the phrase before the dash that opens the aside (the
    /// same mark, at most 40 tokens back, no quotation in between), or an empty range. Used when the sentence-subject walk
    /// finds no subject ending at that dash ("Three-in-five skippers …", an opener before the subject).
    /// </summary>
    public static (int First, int End) BeforeDashPair(Document doc, Sentence s, int closingDash)
    {
        if (closingDash <= s.FirstToken || !IsDash(doc, closingDash)) return (closingDash, closingDash);
        var mark = doc.CharAt(closingDash);
        for (var k = closingDash - 2; k > s.FirstToken && closingDash - k <= MaxAside; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || doc.IsPunct(k, ';') || doc.IsPunct(k, ':')) break;
            if (!IsDash(doc, k)) continue;
            if (doc.CharAt(k) != mark) break;
            return SourcePhrase.Before(doc, k, s.FirstToken);
        }
        return (closingDash, closingDash);
    }

    private static readonly Lexicon.WordSet LinkingAdverbs = new(["however", "though", "meanwhile", "too", "instead", "nonetheless", "nevertheless", "also", "still", "then"]);

    /// <summary>
    /// For a cue right after ", however," or ", in fact," (one linking adverb, or a two-word linking phrase, between commas):
    /// the comma that opens that aside, or -1. Used when the sentence-subject walk finds no subject ending there ("Security
    /// experts and officials, however, said …", "Board members and staff, in fact, insist …").
    /// </summary>
    public static int LinkingAdverbAside(Document doc, Sentence s, int closingComma)
    {
        if (!doc.IsPunct(closingComma, ',')) return -1;
        var open = closingComma - 2;
        if (open > s.FirstToken && doc.IsPunct(open, ',') && doc.Tokens[open + 1].Kind == TokenKind.Word
            && !doc.Tokens[open + 1].IsCapitalized && LinkingAdverbs.Contains(doc.Word(open + 1))) return open;
        open = closingComma - 3;
        return open > s.FirstToken && doc.IsPunct(open, ',') && doc.Tokens[open + 1].Kind == TokenKind.Word && doc.Tokens[open + 2].Kind == TokenKind.Word
               && !doc.Tokens[open + 1].IsCapitalized && LinkingPhraseHeads.Contains(doc.Word(open + 1)) && LinkingPhraseTails.Contains(doc.Word(open + 2)) ? open : -1;
    }

    // "in fact", "of course", "in turn", "for example", "for instance", "in particular", "in general", "by contrast", "at least".
    private static readonly Lexicon.WordSet LinkingPhraseHeads = new(["in", "of", "for", "by", "at"]);

    private static readonly Lexicon.WordSet LinkingPhraseTails = new(["fact", "course", "turn", "example", "instance", "particular", "general", "contrast", "least", "addition", "short"]);

    private static bool IsDash(Document doc, int k) =>
        doc.IsPunct(k, '—') || doc.IsPunct(k, '–') || doc.IsPunct(k, '-') && !doc.Tokens[k].Is(TokenFlags.Glued);

    /// <summary>A comma or a free-standing dash ("Party figures — whose party … — both suggested").</summary>
    public static bool IsAsideMark(Document doc, int k) => doc.IsPunct(k, ',') || IsDash(doc, k);
}
