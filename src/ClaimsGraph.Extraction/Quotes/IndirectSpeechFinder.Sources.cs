using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>What a source phrase before a cue may be: its extent, its shape (names, plural groups, shares of those polled) and the verb group after it.</summary>
public static partial class IndirectSpeechFinder
{
    /// <summary>"developers see golf courses as …", "various rivals attacked the plan": a group of people named by a lower-case plural heads the phrase.</summary>
    private static bool PluralHead(Document doc, int f, int e)
    {
        if (doc.Tokens[e - 1].Kind != TokenKind.Word) return false;
        var w = doc.Word(e - 1);
        // "Democrats opposed the bill", "Republicans criticized him": capitalized groups that are no names count too.
        if (w.Length < 5 || doc.Tokens[e - 1].IsCapitalized && !WordLists.NotNameWords.Contains(w)) return false;
        foreach (var suffix in PeopleSuffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"The alliance advocates …", "the committee rejected …": a definite noun phrase before a finite verb (not "a portion of the debate focused on", a participle).</summary>
    private static bool DefiniteSubject(Document doc, int f, int e, int v) =>
        doc.WordIs(f, "the") && FiniteAfterSingular(doc, v, e) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e);

    /// <summary>
    /// A verb that agrees with a singular subject: a past form, a form in -s, or any form after an auxiliary ("could offer");
    /// a bare form right after the phrase is a noun of it ("the latest dispute", "the boxing champion").
    /// </summary>
    private static bool FiniteAfterSingular(Document doc, int v, int phraseEnd)
    {
        var w = doc.Word(v);
        if (w.EndsWith("ing", StringComparison.Ordinal)) return false;
        return phraseEnd < v || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') || IndirectCues.IrregularPastForms.Contains(w);
    }

    // voters, analysts, critics, officials, residents, participants, Republicans, politicians, Democrats, diplomats.
    private static readonly string[] PeopleSuffixes = ["ers", "ists", "ics", "als", "ants", "ents", "ans", "ats"];

    /// <summary>Whether a number with a glued percent sign ("42%") ends right before <paramref name="k"/>.</summary>
    private static bool PercentBefore(Document doc, Sentence s, int k) =>
        k - 2 >= s.FirstToken && doc.IsPunct(k - 1, '%') && doc.Tokens[k - 2].Kind == TokenKind.Number && doc.Tokens[k - 2].End == doc.Tokens[k - 1].Start;
    // "has long said", "even suggesting", "would never say", "did not say": adverbs and auxiliaries of the verb group, no part of the source.
    private static readonly WordSet VerbGroupWords = new(
    [
        "long", "even", "also", "still", "never", "always", "often", "already", "just", "not", "ever", "since", "too", "has", "have", "had",
        "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did", "do", "keeps", "kept",
    ]);

    private static bool IsVerbGroupWord(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized
        && (doc.Word(k).Length > 3 && doc.Word(k).EndsWith("ly", StringComparison.Ordinal) || VerbGroupWords.Contains(doc.Word(k)));

    /// <summary>"do not officially acknowledge" → the source ends before "do": adverbs and negation are no part of it.</summary>
    private static int SkipAdverbs(Document doc, int v, int first)
    {
        var k = v;
        while (k - 1 >= first && v - k < 4 && IsVerbGroupWord(doc, k - 1)) k--;
        // "Trump on Sunday tweeted", "Beck last week said": a time adverbial, then any adverbs before it ("has recently").
        var time = TimeBeforeCue.Start(doc, k, first);
        // "Lobbyists in general prefer", "critics have in particular noted", "Gowdy earlier in the day touted": a plain
        // prepositional adverbial, with any time word before it (not before a participle: "went after Trump at the debate
        // refusing …" tells where the earlier predicate happened).
        if (time == k && !doc.Word(v).EndsWith("ing", StringComparison.Ordinal) && AdverbialBeforeCue.Start(doc, k, first) is var adverbial && adverbial < k)
            time = TimeBeforeCue.Start(doc, adverbial, first);
        if (time == k && AdverbialBeforeCue.ParticipialStart(doc, k, first) is var participial && participial < k) time = participial;
        if (time == k) return k;
        k = time;
        while (k - 1 >= first && time - k < 3 && IsVerbGroupWord(doc, k - 1)) k--;
        return k;
    }

    /// <summary>
    /// A source as news writes it: a name, pronoun or known head (<see cref="SourcePhrase.LooksLikeSource"/>), or a
    /// short noun phrase ending in a noun ("the group", "the self-described democratic socialist", "36 percent of Democrats").
    /// </summary>
    private static bool PlausibleSource(Document doc, int f, int e)
    {
        if (SourcePhrase.LooksLikeSource(doc, f, e) || Proportion(doc, f, e)) return true;
        if (e - f > 8 || doc.Tokens[e - 1].Kind != TokenKind.Word) return false;
        for (var k = f; k < e; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punct && !t.Is(TokenFlags.Glued) && !doc.IsPunct(k, '-')) return false;
            if (t.Kind == TokenKind.Word && (IndirectCues.NotInSource.Contains(doc.Word(k)))) return false;
        }
        return true;
    }

    /// <summary>
    /// "Six in 10 said", "about one in five say", "nearly nine out of 10 believe": a share of those polled, which
    /// ends in a number rather than a noun; only degree words may stand before it.
    /// </summary>
    private static bool Proportion(Document doc, int f, int e)
    {
        if (e - f < 3 || e - f > 6 || !IsCount(doc, e - 1) || !(doc.WordIs(e - 2, "in") || doc.WordIs(e - 2, "of"))) return false;
        var share = doc.WordIs(e - 2, "of") && doc.WordIs(e - 3, "out") ? e - 4 : e - 3;
        if (share < f || !IsCount(doc, share)) return false;
        for (var k = f; k < share; k++)
        {
            if (!ProportionOpeners.Contains(doc.Word(k))) return false;
        }
        return true;
    }

    /// <summary>"Six in 10 said": the source phrase stops at "in"; a share reaches back to its first count and degree words.</summary>
    private static int ProportionStart(Document doc, Sentence s, int f, int e)
    {
        if (e - f != 1 || !IsCount(doc, f) || f - 2 < s.FirstToken || !(doc.WordIs(f - 1, "in") || doc.WordIs(f - 1, "of"))) return f;
        var share = doc.WordIs(f - 1, "of") && doc.WordIs(f - 2, "out") ? f - 3 : f - 2;
        if (share < s.FirstToken || !IsCount(doc, share)) return f;
        var first = share;
        while (first - 1 >= s.FirstToken && share - first < 3 && doc.Tokens[first - 1].Kind == TokenKind.Word && ProportionOpeners.Contains(doc.Word(first - 1))) first--;
        return Proportion(doc, first, e) ? first : f;
    }

    private static readonly WordSet ProportionOpeners = new(["more", "than", "fewer", "less", "about", "nearly", "almost", "roughly", "only", "just", "over", "under", "some"]);

    private static bool IsCount(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Number || doc.Tokens[k].Kind == TokenKind.Word && IndirectCues.CountWords.Contains(doc.Word(k));

    private const int MaxFirstConjunct = 4;

    /// <summary>
    /// "CLAUSE, drivers and union officials told reporters.", "CLAUSE, she and another reporter said.", "CLAUSE, current and
    /// former officials said.", "… a “massive catastrophe,” the government and the United Nations said.": the source phrase
    /// stops at "and"; a short first conjunct right after the clause's comma (or the closing mark after it) belongs to it.
    /// Returns the new start, or <paramref name="f"/>.
    /// </summary>
    internal static int CoordinatedSourceStart(Document doc, Sentence s, int f, int e)
    {
        if (e <= f || f - 2 <= s.FirstToken || !doc.WordIs(f - 1, "and") || !PlausibleSource(doc, f, e)) return f;
        for (var k = f - 2; k > s.FirstToken && f - 1 - k <= MaxFirstConjunct; k--)
        {
            if (doc.IsPunct(k, ',') || doc.Tokens[k].Kind == TokenKind.Quote && doc.IsPunct(k - 1, ',')) return k + 1 < f - 1 && PlausibleSource(doc, k + 1, f - 1) && !HasCueVerb(doc, k + 1, f - 1) ? k + 1 : f;
            if (doc.Tokens[k].Kind != TokenKind.Word) return f;
        }
        return f;
    }

    /// <summary>"Gonzalez believes the tax plan …": a source phrase holds no verb of its own; it starts after the last one.</summary>
    private static int AfterLastVerb(Document doc, int f, int e)
    {
        for (var k = e - 1; k >= f; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[k] >= 0) continue;
            var w = doc.Word(k);
            // "The reports show …", "FEC reports show …": a noun form heading the phrase, or after a determiner, is no verb.
            if (IndirectCues.ThatNouns.Contains(w) && (k == e - 1 || FollowsDeterminer(doc, k))) continue;
            // "Some party figures declared …", "other advocates said …": a plural that is also a verb form heads the subject.
            if (k == e - 1 && PluralNounHead.Is(doc, k, doc.Tokens.Count)) continue;
            // "A person familiar with the plan says …", "the state reported …": a verb form after a determiner is a noun.
            if (SourcePhrase.IsNounUse(doc, k)) continue;
            if (IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w) || SpeechCues.Verbs.Contains(w)) return k + 1;
        }
        return f;
    }
}
