using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Trump on Sunday tweeted", "A Bloomberg poll in June showed", "Beck last week said", "the senator earlier asked":
/// a time adverbial between the subject and the cue is no part of the source.
/// </summary>
public static class TimeBeforeCue
{
    private static readonly WordSet Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private static readonly WordSet Months = new(
        ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]);

    private static readonly WordSet Periods = new(["week", "month", "year", "night", "weekend", "spring", "summer", "fall", "winter"]);

    // Single time words that stand between a subject and its verb ("earlier asked", "first revealed"), and the linking
    // adverbs that stand there the same way ("the mayor has nevertheless called").
    private static readonly WordSet TimeWords = new(["earlier", "later", "first", "yesterday", "today", "again", "once", "now", "then", "nevertheless", "nonetheless"]);

    private static readonly WordSet PartsOfDay = new(["morning", "afternoon", "evening", "night"]);

    private static readonly WordSet OccasionDeterminers = new(["a", "an", "the", "his", "her", "its", "their"]);

    private const int MaxOccasionWords = 5;

    /// <summary>"Jeb Bush in a Medium post said", "the group in a statement Thursday said": "in" + a determiner + words ending in a document or talk, or -1.</summary>
    private static int OccasionStart(Document doc, int k, int first)
    {
        var end = k;
        // "in a statement Thursday", "in an interview on Sunday": the time after the occasion.
        if (end - 1 > first && Weekdays.Contains(doc.Word(end - 1))) end--;
        if (end - 2 > first && doc.WordIs(end - 2, "on") && Weekdays.Contains(doc.Word(end - 1))) end -= 2;
        if (end - 1 < first || !IndirectCues.OccasionNouns.Contains(doc.Word(end - 1)) || doc.Tokens[end - 1].IsCapitalized) return -1;
        for (var j = end - 2; j - 1 >= first && end - j <= MaxOccasionWords; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return -1;
            // A subject stands before "in"; "In a statement defending X" opening the sentence is the source itself.
            if (OccasionDeterminers.Contains(doc.Word(j)) && doc.WordIs(j - 1, "in")) return j - 1 > first ? j - 1 : -1;
        }
        return -1;
    }

    /// <summary>The first token of a time adverbial ending right before <paramref name="k"/> (not before <paramref name="first"/>), or <paramref name="k"/>.</summary>
    public static int Start(Document doc, int k, int first)
    {
        if (k - 1 < first || doc.Tokens[k - 1].Kind != TokenKind.Word) return k;
        if (OccasionStart(doc, k, first) is var occasion and >= 0) return occasion;
        var last = doc.Word(k - 1);
        if (!doc.Tokens[k - 1].IsCapitalized && TimeWords.Contains(last)) return k - 1;
        if (k - 2 < first || doc.Tokens[k - 2].Kind != TokenKind.Word) return k;
        // "the spokesman on Thursday evening said", "the mayor on Wednesday morning also called".
        if (PartsOfDay.Contains(last) && doc.Tokens[k - 2].IsCapitalized && Weekdays.Contains(doc.Word(k - 2)))
            return k - 3 >= first && doc.WordIs(k - 3, "on") ? k - 3 : k - 2;
        // "her friends have in the past said".
        if (doc.WordIs(k - 1, "past") && doc.WordIs(k - 2, "the") && k - 3 >= first && doc.WordIs(k - 3, "in")) return k - 3;
        // "on Sunday", "in June" (not "in May": the month is a modal verb too often).
        if (doc.Tokens[k - 1].IsCapitalized && (doc.WordIs(k - 2, "on") && Weekdays.Contains(last) || doc.WordIs(k - 2, "in") && Months.Contains(last))) return k - 2;
        // "in late August", "in early June".
        if (doc.Tokens[k - 1].IsCapitalized && Months.Contains(last) && (doc.WordIs(k - 2, "late") || doc.WordIs(k - 2, "early") || doc.WordIs(k - 2, "mid"))
            && k - 3 >= first && doc.WordIs(k - 3, "in")) return k - 3;
        // "last week", "this month", "earlier this year".
        if (Periods.Contains(last) && (doc.WordIs(k - 2, "last") || doc.WordIs(k - 2, "this")))
            return k - 3 >= first && (doc.WordIs(k - 3, "earlier") || doc.WordIs(k - 3, "later")) ? k - 3 : k - 2;
        return k;
    }
}
