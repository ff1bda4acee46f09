using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Text;
using ClaimsGraph.Extraction.Lexicon;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// The subject noun phrase at the start of a sentence, for a cue coordinated with an earlier verb
/// ("A spokesman defended the route and said …"), whose own left neighbour is "and".
/// </summary>
public static class SentenceSubject
{
    private const int MaxIntro = 12;
    private const int MaxSubject = 10;

    private static readonly WordSet IntroWords = new(
    [
        "in", "on", "at", "after", "before", "during", "when", "while", "since", "speaking", "last", "earlier", "later",
        "but", "and", "still", "yet", "however", "meanwhile", "also", "then", "so", "now", "asked", "instead", "for", "with",
        "by", "as", "in", "under", "despite", "although", "though", "if", "once", "today", "yesterday", "separately",
        "late", "early", "back", "shortly", "amid", "following", "throughout", "within", "across", "through", "from",
        "until", "upon", "unlike", "like",
    ]);

    private static readonly WordSet Verbish = new(
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must",
        "did", "does", "do", "also", "then", "later", "who", "which", "that", "and", "but", "or",
    ]);

    /// <summary>
    /// "Ultimately, …", "Publicly, …", "Appearing before supporters Monday, …", "Chastened by the analyses, …": an opener
    /// that is no subject (a past participle only with a lower-case word after it, so no name such as "Mohammed Ali").
    /// </summary>
    private static bool OpensWithAdverbOrParticiple(Document doc, int k)
    {
        var w = doc.Word(k);
        if (!doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0 || w.Length <= 4) return false;
        if (w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return true;
        return w.EndsWith("ed", StringComparison.Ordinal) && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.Tokens[k + 1].IsCapitalized;
    }

    /// <summary>[first, end) of the subject of sentence <paramref name="s"/> before token <paramref name="limit"/>, or an empty range.</summary>
    public static (int First, int End) Find(Document doc, Sentence s, int limit)
    {
        var start = s.FirstToken;
        if (start < limit && doc.Tokens[start].Kind == TokenKind.Word && (IntroWords.Contains(doc.Word(start)) || OpensWithAdverbOrParticiple(doc, start)))
        {
            var comma = -1;
            for (var j = start + 1; j < limit && j <= s.FirstToken + MaxIntro; j++)
            {
                if (doc.IsPunct(j, ',')) { comma = j; break; }
            }
            start = comma >= 0 ? comma + 1 : doc.WordIs(start, "but") || doc.WordIs(start, "and") ? start + 1 : start;
        }
        var end = start;
        while (end < limit && end - start < MaxSubject)
        {
            var t = doc.Tokens[end];
            if (t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Punct)
            {
                // Dots of "Mr." and "U.S." stay inside the name; any other mark ends the subject.
                if (doc.IsPunct(end, '.') && end > start && doc.Tokens[end - 1].End == t.Start) { end++; continue; }
                break;
            }
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && doc.MentionAt[end] < 0)
            {
                var w = doc.Word(end);
                if (Verbish.Contains(w) || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) || SpeechCues.Verbs.Contains(w)
                    || IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w)) break;
            }
            end++;
        }
        if (end == start) return (start, start);
        return SourcePhrase.LooksLikeSource(doc, start, end) || SourcePhrase.IsShortNounPhrase(doc, start, end) ? (start, end) : (start, start);
    }
}
