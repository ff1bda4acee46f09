using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Title-case quoted words name shows, books and bills, so an opener such as "On “Face the Nation”" is no reported clause.</summary>
public static partial class QuoteAttributor
{
    private static readonly WordSet TitleFunctionWords = new(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "&"]);

    /// <summary>
    /// Quoted words in title case ("Face the Nation", "Cake Boss"): names of shows, books, bills and ads, not speech. A full
    /// stop after more than three words reads as a sentence unless <paramref name="fullStopEndsSentence"/> says the mark only
    /// closes the writer's sentence ("… said on ABC’s “This Week With George Stephanopoulos.”").
    /// </summary>
    private static bool IsTitle(Document doc, QuotePiece p, bool fullStopEndsSentence = false)
    {
        var words = 0;
        for (var k = p.First; k < p.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Punct && doc.CharAt(k) is '.' or '!' or '?' && k == p.End - 1 && words > 3 && !(fullStopEndsSentence && doc.CharAt(k) == '.')) return false;
            if (t.Kind != TokenKind.Word || t.Is(TokenFlags.Clitic)) continue;
            words++;
            if (!t.IsCapitalized && !(k > p.First && TitleFunctionWords.Contains(doc.Word(k)))) return false;
        }
        return words is > 0 and <= 8;
    }

    /// <summary>
    /// "said in an interview on NBC’s “Meet the Press”", "to the tune of “Silent Night”": a reported clause whose
    /// quoted words are all titles quotes nobody.
    /// </summary>
    private static bool OnlyTitlesIn(Document doc, List<QuotePiece> pieces, int firstPiece, QuoteCandidate partial)
    {
        var any = false;
        for (var i = firstPiece; i < pieces.Count && pieces[i].ContentStart < partial.Span.End; i++)
        {
            if (pieces[i].ContentEnd <= partial.Span.Start) continue;
            if (!IsTitle(doc, pieces[i]) || !AfterPossessive(doc, pieces[i].Open)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "“…,” Clinton said in an interview with “Fox News Sunday.”": a clause read after the cue of a quote already attributed
    /// by that cue, whose quoted words are all titles, is where the quote was said, not a second quote.
    /// </summary>
    private static bool IsAttributionAdverbialWithTitles(Document doc, List<QuotePiece> pieces, int firstPiece, QuoteCandidate partial, List<QuoteCandidate> results)
    {
        if (partial.Cue is not { } cue) return false;
        var sharesCue = false;
        for (var r = results.Count - 1; r >= 0 && !sharesCue; r--)
        {
            if (results[r].Paragraph != partial.Paragraph) break;
            sharesCue = results[r].Kind == Domain.Model.QuoteKind.Direct && results[r].Cue == cue;
        }
        if (!sharesCue) return false;
        var any = false;
        for (var i = firstPiece; i < pieces.Count && pieces[i].ContentStart < partial.Span.End; i++)
        {
            if (pieces[i].ContentEnd <= partial.Span.Start) continue;
            if (!IsTitle(doc, pieces[i], fullStopEndsSentence: true)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>"NBC’s “Meet the Press”": the mark follows a possessive "’s".</summary>
    private static bool AfterPossessive(Document doc, int open) =>
        open > 0 && doc.Tokens[open - 1].Is(TokenFlags.Clitic) && (doc.WordIs(open - 1, "’s") || doc.WordIs(open - 1, "'s"));

    /// <summary>"On ABC’s “Good Morning America” Tuesday, he said": a prepositional opener naming a show is no reported clause.</summary>
    private static bool IsAdverbialWithTitles(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, int from, int end)
    {
        if (!(doc.WordIs(from, "on") || doc.WordIs(from, "in") || doc.WordIs(from, "at") || doc.WordIs(from, "during") || doc.WordIs(from, "speaking") || doc.WordIs(from, "appearing"))) return false;
        for (var i = firstPiece; i <= lastPiece && pieces[i].Open < end; i++)
        {
            if (!IsTitle(doc, pieces[i])) return false;
        }
        return true;
    }
}
