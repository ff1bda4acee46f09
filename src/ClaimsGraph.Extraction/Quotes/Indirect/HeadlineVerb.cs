using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Governor Endorses Harbor Plan", "Senator Slams Port Deal", "Mayor Just Announced His Run For Council": a headline in
/// title case reports the object of its verb of saying, judging or wanting as the subject's view or act of speech. The
/// object runs to the headline's first comma, colon, semicolon or dash, or its end; quoted words leave it to the quote stage.
/// </summary>
public static class HeadlineVerb
{
    private static readonly WordSet Verbs = new(
        new[]
        {
            "say", "tell", "warn", "claim", "urge", "call", "slam", "blast", "praise", "endorse", "announce", "reveal", "want",
            "seek", "demand", "vow", "pledge", "promise", "predict", "insist", "explain", "defend", "deny", "admit", "accuse",
            "attack", "back", "mock", "reject", "rip", "blame", "criticize", "support", "oppose", "suggest", "question", "dismiss",
            "condemn", "denounce", "hint", "confirm", "tout", "threaten", "propose", "applaud", "welcome", "trash", "knock",
        }.SelectMany(SpeechCues.Forms).Concat(["ripped", "ripping"]),
        ignoreCase: true);

    /// <summary>
    /// Whether the capitalised word at <paramref name="v"/> is a headline's verb in -s or -ed between a capitalised subject
    /// word and a capitalised object word ("Perry Endorses Cruz", "Rick Perry Just Announced His …").
    /// </summary>
    public static bool IsVerb(Document doc, Sentence s, int v)
    {
        if (v <= s.FirstToken || v + 1 >= s.EndToken || !doc.Tokens[v].IsCapitalized || doc.Tokens[v].Is(TokenFlags.AllCaps)) return false;
        var w = doc.Word(v);
        if (!(w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal)) || !Verbs.Contains(w)) return false;
        var before = doc.Tokens[v - 1];
        var after = doc.Tokens[v + 1];
        return before.Kind == TokenKind.Word && before.IsCapitalized && after.Kind is TokenKind.Word or TokenKind.Number && (after.IsCapitalized || after.Kind == TokenKind.Number);
    }

    /// <summary>Where the object after the verb at <paramref name="v"/> ends: the first comma, colon, semicolon or dash, or the sentence end.</summary>
    public static int ObjectEnd(Document doc, Sentence s, int v)
    {
        var k = v + 1;
        while (k < s.EndToken && !(doc.IsPunct(k, ',') || doc.IsPunct(k, ':') || doc.IsPunct(k, ';') || doc.IsPunct(k, '—') || doc.IsPunct(k, '–')
                                   || doc.IsPunct(k, '-') && !doc.Tokens[k].Is(TokenFlags.Glued) || doc.IsPunct(k, '.'))) k++;
        return k;
    }
}
