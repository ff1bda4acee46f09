using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>"…, he said, adding that …": whose participle it is, and the predicate or earlier cue it goes on from.</summary>
public static partial class IndirectSpeechFinder
{
    private static readonly WordSet Participles = new(
    [
        "drawn", "done", "gone", "given", "taken", "written", "begun", "made", "sent", "put", "brought", "held", "spent", "won",
        "lost", "met", "built", "kept", "left", "led", "paid", "set", "thrown", "grown", "become", "come", "took", "gave", "ran", "began",
    ]);

    private static readonly WordSet PrepositionalParticiples = new(["regarding", "concerning", "following", "involving", "featuring", "excluding", "according", "during", "notwithstanding"]);

    private static readonly WordSet Particles = new(["to", "out", "up", "off", "down"]);

    /// <summary>Whether the phrase at <paramref name="f"/> opens with a lower-case verb form ("drawn huge crowds", "lately started") or a particle ("out a new robocall", "to numerous emails").</summary>
    private static bool OpensPredicate(Document doc, int f)
    {
        var k = f;
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) return false;
        if (doc.Word(k).Length > 4 && doc.Word(k).EndsWith("ly", StringComparison.Ordinal) && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Kind == TokenKind.Word) k++;
        var w = doc.Word(k);
        // "including those backing …", "a speech that included Trump vowing …": the object is the participle's subject.
        if (w.StartsWith("includ", StringComparison.Ordinal) || PrepositionalParticiples.Contains(w)) return false;
        return Particles.Contains(w) || Participles.Contains(w) || w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));
    }

    private static readonly WordSet PastVerbs = new(["sent", "wrote", "put", "made", "took", "gave", "held", "ran", "began", "brought", "spent"]);

    /// <summary>A lower-case past-tense verb before a determiner in [<paramref name="f"/>, <paramref name="e"/>) ("published a letter", "sent the memo"), or -1.</summary>
    private static int PastVerbIn(Document doc, int f, int e)
    {
        for (var k = f; k + 1 < e; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) continue;
            var w = doc.Word(k);
            if (!(w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || PastVerbs.Contains(w))) continue;
            if (doc.WordIs(k + 1, "a") || doc.WordIs(k + 1, "an") || doc.WordIs(k + 1, "the") || doc.WordIs(k + 1, "out") || doc.WordIs(k + 1, "his") || doc.WordIs(k + 1, "her") || doc.WordIs(k + 1, "their") || doc.WordIs(k + 1, "its")) return k;
        }
        return -1;
    }
    private const int MaxParticipleReach = 30;

    private const int MaxNameAfterCue = 4;

    /// <summary>Whether a speech cue stands right before the comma at <paramref name="comma"/>, or before a short name after it ("said Al Cardenas,").</summary>
    private static bool CueJustBefore(Document doc, Sentence s, int comma)
    {
        for (var k = comma - 1; k >= s.FirstToken && comma - k <= MaxNameAfterCue; k--)
        {
            if (SourcePhrase.IsCue(doc, k)) return true;
            if (doc.Tokens[k].Kind != TokenKind.Word || !doc.Tokens[k].IsCapitalized && k != comma - 1) return CueBeforeTail(doc, s, comma);
        }
        return CueBeforeTail(doc, s, comma);
    }

    private const int MaxTailBeforeComma = 6;

    /// <summary>"Twitter said in a statement, adding …", "Clinton said in Los Angeles on Friday, recalling …": a speech cue, then a short adverbial up to the comma.</summary>
    private static bool CueBeforeTail(Document doc, Sentence s, int comma)
    {
        for (var k = comma - 1; k > s.FirstToken && comma - k <= MaxTailBeforeComma + 1; k--)
        {
            if (doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !doc.IsPunct(k, '.')) return false;
            if (SourcePhrase.IsCue(doc, k)) return k + 1 < comma && StartsAdverbial(doc, k + 1);
        }
        return false;
    }

    /// <summary>"in a statement", "on Friday", "at a rally": a lower-case preposition or a weekday right after a cue opens an adverbial, not its source.</summary>
    private static bool StartsAdverbial(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && (!doc.Tokens[k].IsCapitalized && IndirectCues.Prepositions.Contains(doc.Word(k)) || IndirectCues.CueAdverbs.Contains(doc.Word(k)) && doc.Tokens[k].IsCapitalized);

    /// <summary>
    /// The source of the nearest speech cue before <paramref name="limit"/> in the sentence: "said X" or "X said"
    /// (within <see cref="MaxParticipleReach"/> tokens), or an empty range.
    /// </summary>
    private static (int First, int End) SpeakerOfEarlierCue(Document doc, Sentence s, int limit)
    {
        for (var k = limit - 1; k >= s.FirstToken && limit - k <= MaxParticipleReach; k--)
        {
            if (!SourcePhrase.IsCue(doc, k)) continue;
            // "said in Los Angeles, recalling …": a place or time after the cue is no inverted source.
            // "has praised Putin, saying …", "called him a liar, adding …": after a verb that takes an object, the phrase is its object.
            if (k + 1 < limit && !StartsAdverbial(doc, k + 1) && !TakesObject(doc, k) && SourcePhrase.After(doc, k, limit) is var (af, ae) && ae > af && SourcePhrase.LooksLikeSource(doc, af, ae)) return (af, ae);
            if (SourcePhrase.Before(doc, k, s.FirstToken) is var (bf, be) && be > bf && SourcePhrase.LooksLikeSource(doc, bf, be)) return (bf, be);
            return (k, k);
        }
        return (limit, limit);
    }
    /// <summary>
    /// For a participle in -ing at <paramref name="v"/>: the comma right before it, or before one lower-case adverb in -ly
    /// before it (", falsely suggesting", ", quickly reminding"), or the comma closing quoted words right before it
    /// ("insisted that he had “grown the party,” claiming …"), or a dash standing for the comma ("flipped his choice on the
    /// spot – saying …", "… — asserting that …"); -1 when there is none.
    /// </summary>
    private static int ParticipleComma(Document doc, Sentence s, int v)
    {
        if (!doc.Word(v).EndsWith("ing", StringComparison.Ordinal) || v - 1 <= s.FirstToken) return -1;
        if (doc.IsPunct(v - 1, ',') || IsDashBefore(doc, v) && !DashAfter(doc, s, v)) return v - 1;
        if (v - 2 > s.FirstToken && doc.Tokens[v - 1].Kind == TokenKind.Quote && !doc.Tokens[v - 1].Is(TokenFlags.Opening) && doc.IsPunct(v - 2, ',')) return v - 2;
        var a = v - 1;
        return v - 2 > s.FirstToken && doc.Tokens[a].Kind == TokenKind.Word && !doc.Tokens[a].IsCapitalized && doc.Word(a).Length > 4
               && doc.Word(a).EndsWith("ly", StringComparison.Ordinal) && doc.IsPunct(a - 1, ',') ? a - 1 : -1;
    }

    /// <summary>A dash right before <paramref name="v"/>: "—", "–", or a hyphen standing apart from the word before it (" - ", "--").</summary>
    private static bool IsDashBefore(Document doc, int v) =>
        doc.IsPunct(v - 1, '—') || doc.IsPunct(v - 1, '–')
        || doc.IsPunct(v - 1, '-') && (doc.Tokens[v - 2].End < doc.Tokens[v - 1].Start || doc.IsPunct(v - 2, '-'));

    /// <summary>Whether a second dash follows <paramref name="v"/> in the sentence: "the rule - adding one digit - is odd" is an aside, no predicate of the subject.</summary>
    private static bool DashAfter(Document doc, Sentence s, int v)
    {
        for (var k = v + 1; k + 1 < s.EndToken; k++) if (IsDashBefore(doc, k + 1)) return true;
        return false;
    }

    private static bool IsLowerParticiple(Document doc, int k) =>
        k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).Length > 4
        && doc.Word(k).EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet FiniteAuxiliaries = new(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does"]);

    /// <summary>
    /// The subject phrase of the last finite verb (an auxiliary, a past form in -ed or an irregular past such as "gave")
    /// between the previous comma and the comma at <paramref name="comma"/>, within <see cref="MaxParticipleReach"/> tokens, or an empty range.
    /// </summary>
    private static (int First, int End) SubjectOfLastVerb(Document doc, Sentence s, int comma)
    {
        for (var k = comma - 1; k > s.FirstToken && comma - k <= MaxParticipleReach; k--)
        {
            var t = doc.Tokens[k];
            // "has left many Republicans, including his supporters, wondering …": past a comma the verb is no longer the participle's.
            if (t.Kind == TokenKind.Quote || doc.InQuote[k] || doc.IsPunct(k, ';') || doc.IsPunct(k, ',')) break;
            if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[k] >= 0) continue;
            var w = doc.Word(k);
            if (!(FiniteAuxiliaries.Contains(w) || IndirectCues.IrregularPastForms.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !AdjectivalPast.Is(doc, k))) continue;
            var group = SkipAdverbs(doc, k, s.FirstToken);
            var (f, e) = SourcePhrase.Before(doc, group, s.FirstToken);
            return e > f && e == group && PlausibleSource(doc, f, e) ? (f, e) : (comma, comma);
        }
        return (comma, comma);
    }

    /// <summary>Whether a subject at <paramref name="k"/> follows ", and" or ", but", so opens a main clause of its own.</summary>
    private static bool OpensMainClause(Document doc, Sentence s, int k) =>
        k - 2 >= s.FirstToken && (doc.WordIs(k - 1, "and") || doc.WordIs(k - 1, "but")) && doc.IsPunct(k - 2, ',');

    private static readonly WordSet ObjectCues = new(
        new[] { "call", "describe", "accuse", "tell" }.SelectMany(SpeechCues.Forms).Concat(["called", "calling", "calls", "accused", "accusing", "told"]));

    /// <summary>Whether the cue at <paramref name="k"/> is a verb of judging, naming or telling ("told the union, referring to …"), whose next phrase is its object, never an inverted source.</summary>
    private static bool TakesObject(Document doc, int k) => IndirectCues.JudgingVerbs.Contains(doc.Word(k)) || ObjectCues.Contains(doc.Word(k));
}
