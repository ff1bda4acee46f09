using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "“We will rebuild the pier,” the mayor said after the storm.", "…, she said while campaigning in Ohio", "he wrote
/// without further comment": a phrase of time or manner right after a verb of saying tells when or how it was said,
/// not what. It is what was said only when a clause of its own follows ("said after the vote he would resign": a
/// subject pronoun later in the words), or when it holds a second act of saying ("added while also saying that …").
/// "when" is left out: "said when they would vote" is a question reported.
/// In a quotation's tail, "“We will rebuild the pier,” the mayor said …", the quotation is what was said, so more is
/// circumstance there (<see cref="InQuotationTail"/>).
/// </summary>
public static class SayingCircumstance
{
    // The scan for a later subject stops here; circumstances are short.
    private const int MaxTokens = 40;

    // "testify before the committee about …" names the venue, which may open the content.
    private static readonly WordSet VenueVerbs = new(["testify", "testifies", "testified", "testifying"]);

    private static readonly WordSet Openers = new(
        ["after", "before", "aboard", "during", "upon", "according", "until", "since", "while", "without"]);

    /// <summary>A subject pronoun in words after a verb of saying opens a clause of its own (also read by <see cref="AttributionTail"/>).</summary>
    internal static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we", "i", "it", "you"]);

    // In a quotation's tail: "said about the storm", "said outside the court", "wrote when the servers failed", and
    // time: "said late last week", "reported Monday", "said Dec. 6 on CNN", "said 30 minutes into the debate".
    private static readonly WordSet TailOpeners = new(
    [
        "about", "when", "of", "on", "in", "at", "outside", "inside", "from", "with", "for", "by", "over", "amid", "despite",
        "late", "early", "earlier", "later", "last", "this", "several", "just", "yesterday", "today", "tonight",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "January", "February", "March", "April", "June", "July",
        "August", "September", "October", "November", "December",
    ]);

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="end"/>, right after saying cue <paramref name="cue"/>, are its circumstance.</summary>
    public static bool IsCircumstance(Document doc, int cue, int first, int end)
    {
        if (end <= first || !SpeechCues.IsVerbOfSaying(doc.Word(cue)) || VenueVerbs.Contains(doc.Word(cue))) return false;
        if (first == cue + 1 && Openers.Contains(doc.Word(first)))
        {
            if (SecondSaying(doc, first, end)) return false;
            for (var k = first + 2; k < end && k < first + MaxTokens; k++)
            {
                if (SubjectPronouns.Contains(doc.Word(k))) return false;
            }
            return true;
        }
        return TellAfterQuote.FollowsQuotation(doc, cue) && InQuotationTail(doc, cue, first, end);
    }

    // "added while also saying that …": a second act of saying after the opener.
    private static bool SecondSaying(Document doc, int first, int end)
    {
        var next = first + 1;
        if (doc.WordIs(next, "also")) next++;
        return next < end && IndirectCues.FollowOnParticiples.Contains(doc.Word(next));
    }

    /// <summary>
    /// "“…,” he said late last week", "“…,” she said about the storm", "“…,” he said, another nod to the film": after a
    /// quotation and its speaker the verb's object is the quotation, so a phrase of time, place or topic right after the
    /// verb, or an aside after a comma, is no report; a "that" clause, a participle after the comma ("…, adding that
    /// …", "…, not even needing to name him") or a second act of saying ("…, while arguing that …") still is. A phrase
    /// that runs on into quoted words is left to <see cref="QuotedWordsInReports"/>, which makes it a partial quote.
    /// </summary>
    private static bool InQuotationTail(Document doc, int cue, int first, int end)
    {
        if (doc.WordIs(first, "that") || SecondSaying(doc, first, end)) return false;
        if (first == cue + 2 && doc.IsPunct(cue + 1, ','))
        {
            var k = first;
            if (doc.WordIs(k, "not")) k++;
            if (doc.WordIs(k, "even")) k++;
            return k >= end || doc.Tokens[k].Kind != TokenKind.Word || !doc.Word(k).EndsWith("ing", StringComparison.Ordinal);
        }
        return first == cue + 1 && (doc.Tokens[first].Kind == TokenKind.Number || TailOpeners.Contains(doc.Word(first)))
            && !RunsIntoQuotation(doc, end);
    }

    // A quotation mark right at the end of the words, or after one punctuation mark.
    private static bool RunsIntoQuotation(Document doc, int end) =>
        end < doc.Tokens.Count && (doc.Tokens[end].Kind == TokenKind.Quote
            || end + 1 < doc.Tokens.Count && doc.Tokens[end].Kind == TokenKind.Punct && doc.Tokens[end + 1].Kind == TokenKind.Quote);
}
