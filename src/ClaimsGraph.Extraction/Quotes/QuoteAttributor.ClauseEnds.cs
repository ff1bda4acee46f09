using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Where a reported clause stops: a second predicate, a joiner or a speech participle starts words the speaker did not say.</summary>
public static partial class QuoteAttributor
{
    /// <summary>
    /// The verb of a second predicate starting at <paramref name="k"/> ("and ranked", "and also questioned",
    /// "noting"), before <paramref name="limit"/>, or -1.
    /// </summary>
    private static int SecondPredicateVerb(Document doc, int k, int limit)
    {
        if (k >= limit) return -1;
        if (IsSpeechParticiple(doc, k)) return k;
        if (!doc.WordIs(k, "and") || k + 1 >= limit || !StartsReportOrParticiple(doc, k + 1)) return -1;
        var v = k + 1;
        while (v + 1 < limit && (AdverbsBeforeSecondVerb.Contains(doc.Word(v)) || AuxiliariesBeforeSecondVerb.Contains(doc.Word(v)))) v++;
        return v;
    }

    private static readonly WordSet ClauseBreakers = new(
    [
        "as", "because", "but", "while", "whereas", "despite", "after", "before", "when", "although", "though", "since",
        "until", "unless", "even", "so", "which", "adding", "saying", "noting", "referring", "calling", "arguing", "according",
    ]);

    /// <summary>
    /// Where a reported clause ends after its last quoted piece: at the closing mark when a new clause or a
    /// participle follows ("… “excited where we stand” as he faces …", "…,” referring to …"), else at the sentence end.
    /// </summary>
    internal static int ReportedClauseEnd(Document doc, QuotePiece last, Sentence s)
    {
        if (last.Close < 0) return s.EndToken;
        var k = last.Close + 1;
        if (k >= s.EndToken) return s.EndToken;
        var comma = doc.IsPunct(k, ',') || EndsWithCommaInside(doc, last.Close);
        if (doc.IsPunct(k, ',')) k++;
        if (comma && k < s.EndToken && doc.Tokens[k].Kind == TokenKind.Word && (ClauseBreakers.Contains(doc.Word(k)) || IsSpeechParticiple(doc, k))) return last.Close + 1;
        // "… “hollow,” a word she used twice …": an appositive after the comma describes the quoted words; it is the writer's.
        if (comma && k + 1 < s.EndToken && (doc.WordIs(k, "a") || doc.WordIs(k, "an")) && !doc.Tokens[k].IsCapitalized && !doc.InQuote[k]) return last.Close + 1;
        if (k < s.EndToken && StartsNewPredicate(doc, k)) return last.Close + 1;
        // "said it was “resolutely opposed” to the test and warned …": a second verb of saying a few words on.
        for (var j = k; j < s.EndToken && j <= k + 8; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) break;
            if (doc.WordIs(j, "and") && j + 1 < s.EndToken && IsSecondSpeechVerb(doc, j + 1)) return j;
        }
        return LateClauseBreak(doc, k + 1, s.EndToken);
    }

    private static readonly WordSet LateClauseOpeners = new(
    [
        "which", "who", "where", "but", "while", "as", "because", "although", "though", "before", "after", "when", "he", "she", "they", "it",
    ]);

    /// <summary>
    /// "… was “sarcastic” in his comments, which raised concerns …", "… “pick up delegates” everywhere he can, it would seem …":
    /// a few words after the closing mark, a comma and a relative, a conjunction, a new pronoun subject or a speech participle,
    /// or a spaced dash, or "after", start the writer's words; the reported clause ends there. Else the sentence end.
    /// </summary>
    private static int LateClauseBreak(Document doc, int from, int end)
    {
        for (var j = from; j + 1 < end; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Quote) break;
            // "… “a very decent man” Tuesday, hours after the staffer was charged …": the writer's time frame.
            if (j > from && doc.WordIs(j, "after") && !t.IsCapitalized) return j;
            if (t.Kind != TokenKind.Punct) continue;
            if (doc.CharAt(j) == ',' && (doc.Tokens[j + 1].Kind == TokenKind.Word && !doc.Tokens[j + 1].IsCapitalized && LateClauseOpeners.Contains(doc.Word(j + 1)) || IsSpeechParticiple(doc, j + 1))) return j;
            if (doc.CharAt(j) == '\u2014' && doc.Tokens[j - 1].End < t.Start) return j;
        }
        return end;
    }

    /// <summary>
    /// The token after the closing mark of the first piece in [<paramref name="firstPiece"/>, <paramref name="lastPiece"/>)
    /// followed by "and" + a second predicate or by ", <speech participle>" (", noting …"), or -1: the reported
    /// clause ends there and the later pieces belong to that second predicate.
    /// </summary>
    private static int SecondPredicateAfterPiece(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, Sentence s)
    {
        for (var i = firstPiece; i < lastPiece; i++)
        {
            var k = pieces[i].Close + 1;
            if (pieces[i].Close < 0 || k + 1 >= s.EndToken) continue;
            var comma = doc.IsPunct(k, ',') || EndsWithCommaInside(doc, pieces[i].Close);
            if (doc.IsPunct(k, ',')) k++;
            if (doc.WordIs(k, "and") && k + 1 < s.EndToken && StartsReportOrParticiple(doc, k + 1)) return k;
            // "… “a disgrace” and Donald Trump says he is “losing” …": the caller reads the later pieces, and finds their own speaker.
            if (doc.WordIs(k, "and") && k + 1 < s.EndToken && StartsNamedSubjectReport(doc, k + 1)) return k;
            if (comma && IsSpeechParticiple(doc, k)) return k;
            // "called it “an attack on our city,” but he also noted the “senseless deaths” …": a second clause with a pronoun subject
            // and a verb of its own reports the later pieces (PolNeAR marks that pronoun as their source).
            if (comma && doc.WordIs(k, "but") && k + 2 < s.EndToken && SpeakerResolver.IsSubjectPronoun(doc.Word(k + 1)) && PronounReportFollows(doc, k + 2)) return k;
            // "… “plain greed,” then added: “…”", "… “to end the stalemate,” but said, “…”": the same subject's next verb of saying.
            if (comma && (doc.WordIs(k, "but") || doc.WordIs(k, "then")) && k + 1 < s.EndToken && PronounReportFollows(doc, k + 1)) return k;
            // "blasted the plan for a “deportation force” on Wednesday, calling it “absurd”": a speech participle a few words on.
            for (var j = k; j + 1 < pieces[i + 1].Open; j++)
            {
                if (doc.Tokens[j].Kind == TokenKind.Quote) break;
                if (doc.IsPunct(j, ',') && IsSpeechParticiple(doc, j + 1)) return j + 1;
                // "acknowledged that patients faced “unacceptable” delays and said that …": a second verb of saying a few words on.
                if (j > k && doc.WordIs(j, "and") && IsSecondSpeechVerb(doc, j + 1)) return j;
            }
        }
        return -1;
    }

    /// <summary>"… but he also noted …": after the pronoun, adverbs and then a verb of saying (not "but he gave the Texan a compliment: …").</summary>
    private static bool PronounReportFollows(Document doc, int j)
    {
        while (j + 1 < doc.Tokens.Count && AdverbsBeforeSecondVerb.Contains(doc.Word(j))) j++;
        return IsSecondSpeechVerb(doc, j);
    }

    private static readonly WordSet PredicateJoiners = new(["but", "after", "until", "while", "adding"]);

    /// <summary>
    /// Right after the closing mark of the last piece, a coordinated predicate or a dash starts words the
    /// speaker did not say ("called him a “nice guy” and said …", "… “Washington cartel” — a phrase …").
    /// </summary>
    private static bool StartsNewPredicate(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Word && doc.WordIs(k, "and")) return k + 1 < doc.Tokens.Count && (StartsReportOrParticiple(doc, k + 1) || StartsNamedSubjectReport(doc, k + 1));
        if (t.Kind == TokenKind.Word) return PredicateJoiners.Contains(doc.Word(k));
        return doc.IsPunct(k, '\u2014') || doc.IsPunct(k, '\u2013') || doc.IsPunct(k, '-');
    }

    /// <summary>
    /// "… “a disgrace” and Donald Trump says …": a name of up to four capitalised words outside quotes (or "14
    /// percent"), then a verb of saying, is a new speaker's report; the quoted words before it end the first speaker's clause.
    /// </summary>
    private static bool StartsNamedSubjectReport(Document doc, int k)
    {
        var j = k;
        // "… and 14 percent said …": a share of a poll is a new subject too.
        if (doc.Tokens[k].Kind == TokenKind.Number && k + 1 < doc.Tokens.Count && doc.WordIs(k + 1, "percent")) j = k + 2;
        else while (j < doc.Tokens.Count && j < k + 4 && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized && !doc.InQuote[j]) j++;
        if (j == k || j >= doc.Tokens.Count) return false;
        while (j + 1 < doc.Tokens.Count && AdverbsBeforeSecondVerb.Contains(doc.Word(j))) j++;
        return IsSecondSpeechVerb(doc, j);
    }

    /// <summary>A lower-case verb of saying that is no participle ("warned", "said", "describe"), outside quotes.</summary>
    private static bool IsSecondSpeechVerb(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.InQuote[k] && !doc.Tokens[k].IsCapitalized && SpeechCues.Verbs.Contains(doc.Word(k))
        && !doc.Word(k).EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet ReportVerbsAfterAnd = new(["said", "says", "told", "tells", "added", "wrote", "tweeted", "cast", "made", "took", "gave", "sent", "swore", "swears"]);

    /// <summary>Adverbs that may stand between "and" and the second verb ("… “faker” and also questioned …").</summary>
    private static readonly WordSet AdverbsBeforeSecondVerb = new(["also", "then", "later", "again", "reportedly", "repeatedly", "even"]);

    private static readonly WordSet AuxiliariesBeforeSecondVerb = new(["has", "had", "have"]);

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we"]);

    /// <summary>Words in -ing that open no participle clause of the speaker's subject.</summary>
    private static readonly WordSet NotParticiples = new(["including", "during", "according", "regarding", "concerning", "following", "something", "nothing", "anything", "everything", "morning", "evening"]);

    /// <summary>
    /// "… “nice guy” and said …", "… “disaster” and vowing …", "… “third-rate” and boycotted …": a second
    /// predicate of the same subject (a past tense, a participle, a verb of saying), not more of the clause.
    /// </summary>
    private static bool StartsReportOrParticiple(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        if (AdverbsBeforeSecondVerb.Contains(w) || AuxiliariesBeforeSecondVerb.Contains(w)) return k + 1 < doc.Tokens.Count && StartsReportOrParticiple(doc, k + 1);
        // "… “nice guy” and he said …": a pronoun subject with a verb of saying opens a second report.
        if (SubjectPronouns.Contains(w)) return k + 1 < doc.Tokens.Count && IsSecondSpeechVerb(doc, k + 1);
        return ReportVerbsAfterAnd.Contains(w) || IsParticiple(doc, k) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// ",” citing …", ",” warning …": a participle of a verb of saying after the comma opens a second report;
    /// other participles often elaborate the quoted words (",” making between $30,000 and …") and stay.
    /// </summary>
    private static bool IsSpeechParticiple(Document doc, int k) =>
        IsParticiple(doc, k) && (SpeechCues.Verbs.Contains(doc.Word(k)) || SpeechCues.QuoteOnlyVerbs.Contains(doc.Word(k)));

    /// <summary>A lower-case word in -ing outside quotes that can open a participle clause ("vowing", "citing").</summary>
    private static bool IsParticiple(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        return w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(w);
    }

    /// <summary>A closing quotation mark right after a comma inside the quote: “… the end,” said X.</summary>
    private static bool EndsWithCommaInside(Document doc, int k) =>
        k > 0 && doc.Tokens[k].Kind == TokenKind.Quote && doc.IsPunct(k - 1, ',');
}
