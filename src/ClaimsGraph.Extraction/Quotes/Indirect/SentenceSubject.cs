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
        "until", "upon", "unlike", "like", "moreover", "indeed", "furthermore", "nevertheless", "nonetheless", "finally", "besides",
        "overall", "similarly", "likewise", "otherwise", "inside", "outside", "beyond", "behind", "near", "around",
        "along", "aside", "against", "without", "elsewhere", "toward", "towards", "between", "among", "amongst", "beside",
    ]);

    /// <summary>"There, …", "Therefore, …", "Here, …": adverbs that open a sentence only with their comma right after them.</summary>
    private static readonly WordSet CommaAdverbs = new(
    [
        "there", "here", "therefore", "thus", "hence", "again", "first", "second", "third", "lastly", "additionally",
        "consequently", "accordingly", "afterward", "afterwards", "ironically", "notably",
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

    private const int MaxDateline = 8;

    /// <summary>
    /// "WASHINGTON — X …", "PARIS (Reuters) - X …", "MYRTLE BEACH, S.C. - X …", "New York (AFP) – X …": where the sentence
    /// goes on after a dateline (capitalised words, commas, abbreviations and a bracketed agency before a dash), or its first token.
    /// </summary>
    public static int AfterDateline(Document doc, Sentence s, int limit)
    {
        var first = s.FirstToken;
        if (first >= limit || doc.Tokens[first].Kind != TokenKind.Word || !doc.Tokens[first].IsCapitalized) return first;
        var bracketed = false;
        for (var j = first + 1; j < limit && j - first <= MaxDateline; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Word) { if (!t.IsCapitalized && !bracketed) return first; continue; }
            // "PARIS, Aug 31 (Reuters) -": the day of the month belongs to the dateline.
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind != TokenKind.Punct) return first;
            if (IsDash(doc, j))
            {
                if (!(bracketed || doc.Tokens[first].Is(TokenFlags.AllCaps) && doc.Word(first).Length > 1)) return first;
                var next = j + 1;
                while (next < limit && IsDash(doc, next)) next++;
                return next < limit && doc.Tokens[next].Kind == TokenKind.Word ? next : first;
            }
            if (doc.IsPunct(j, '(')) bracketed = true;
            else if (!(doc.IsPunct(j, ')') || doc.IsPunct(j, ',') || doc.IsPunct(j, '.'))) return first;
        }
        return first;
    }

    private static bool IsDash(Document doc, int k) =>
        doc.IsPunct(k, '\u2014') || doc.IsPunct(k, '\u2013') || doc.IsPunct(k, '-') && !doc.Tokens[k].Is(TokenFlags.Glued) && k > 0 && doc.Tokens[k - 1].End < doc.Tokens[k].Start;

    private const int MaxOpeners = 3;

    private static readonly WordSet TimeHeads = new(
    [
        "week", "weeks", "month", "months", "year", "years", "weekend", "night", "morning", "afternoon", "evening", "day", "days",
        "ago", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    /// <summary>"This week,", "The next month,", "Two years ago,", "Tuesday,": the comma closing a time opener of at most four words, or -1.</summary>
    private static int TimeOpenerEnd(Document doc, int k, int limit)
    {
        for (var j = k + 1; j < limit && j - k <= 4; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Word || doc.Tokens[j].Kind == TokenKind.Number) continue;
            return doc.IsPunct(j, ',') && doc.Tokens[j - 1].Kind == TokenKind.Word && TimeHeads.Contains(doc.Word(j - 1)) ? j : -1;
        }
        return -1;
    }

    /// <summary>"Iowa,", "New Hampshire,", "Va.,", "S.C.,", "N.H.,": the comma after a state or a state's abbreviation at <paramref name="k"/>, or -1.</summary>
    private static int StateCommaFrom(Document doc, int k, int limit)
    {
        // "N.H.,", "D.C.,": a dotted abbreviation the tokenizer keeps in one token.
        if (k + 1 < limit && doc.IsPunct(k + 1, ',') && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].IsCapitalized && doc.Tokens[k].Length <= 6
            && doc.Word(k).Contains('.')) return k + 1;
        for (var end = k + 1; end <= k + 4 && end < limit; end++)
        {
            if (!doc.IsPunct(end, ',')) continue;
            if (UsStates.NameEndingAt(doc, end) == k) return end;
            // "Va.", "Calif.", "S.C.": capitalised pieces of at most five letters, each closed by a dot.
            for (var j = k; j < end; j += 2)
            {
                if (j + 1 >= end || doc.Tokens[j].Kind != TokenKind.Word || !doc.Tokens[j].IsCapitalized || doc.Tokens[j].Length > 5 || !doc.IsPunct(j + 1, '.')) return -1;
            }
            return end;
        }
        return -1;
    }

    private static bool DummyIt(Document doc, int k, int limit) =>
        k + 1 < limit && doc.WordIs(k, "it") && doc.Tokens[k + 1].Kind == TokenKind.Word
        && (doc.WordIs(k + 1, "is") || doc.WordIs(k + 1, "was") || doc.Tokens[k + 1].Is(TokenFlags.Clitic) && (doc.WordIs(k + 1, "'s") || doc.WordIs(k + 1, "’s")));

    /// <summary>[first, end) of the subject of sentence <paramref name="s"/> before token <paramref name="limit"/>, or an empty range.</summary>
    public static (int First, int End) Find(Document doc, Sentence s, int limit)
    {
        var start = AfterDateline(doc, s, limit);
        // "But Reid, who has long praised her, ordered …", "And Obama, for all his efforts, seems …": a conjunction opening
        // the sentence is no opener closed by a comma; the subject (or an opener) follows it right away.
        if (start + 1 < limit && (doc.WordIs(start, "but") || doc.WordIs(start, "and")) && doc.Tokens[start + 1].Kind == TokenKind.Word) start++;
        // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": openers may follow one another.
        for (var round = 0; round < MaxOpeners && start < limit && doc.Tokens[start].Kind == TokenKind.Word; round++)
        {
            var opener = IntroWords.Contains(doc.Word(start)) || OpensWithAdverbOrParticiple(doc, start) || round > 0 && doc.WordIs(start, "even")
                || CommaAdverbs.Contains(doc.Word(start)) && start + 1 < limit && doc.IsPunct(start + 1, ',');
            if (!opener && round == 0 && TimeOpenerEnd(doc, start, limit) is var timeComma and > 0) { start = timeComma + 1; continue; }
            if (!opener) break;
            var comma = -1;
            for (var j = start + 1; j < limit && j <= start + MaxIntro; j++)
            {
                if (doc.IsPunct(j, ',')) { comma = j; break; }
            }
            if (comma < 0)
            {
                if (round == 0 && (doc.WordIs(start, "but") || doc.WordIs(start, "and"))) start++;
                break;
            }
            start = comma + 1;
            // "in Ames, Iowa, …": the state after the town belongs to the opener.
            if (StateCommaFrom(doc, start, limit) is var stateComma and > 0) start = stateComma + 1;
        }
        // "It's grimly funny to watch …", "It is a role that has …", "It was two weeks ago that …": a dummy "it" before "be"
        // opens a comment or a cleft, no subject that says or holds anything.
        if (DummyIt(doc, start, limit)) return (start, start);
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
                // "Barr went after Lane …", "Reyes made a speech …": an irregular past form ends the subject like one in -ed.
                // "The report, released Tuesday, found …": a verb form after a determiner is the subject's noun.
                if ((Verbish.Contains(w) || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) || IndirectCues.IrregularPastForms.Contains(w) || SpeechCues.Verbs.Contains(w)
                    || IndirectCues.ThatVerbs.Contains(w) || IndirectCues.ComplementVerbs.Contains(w)) && !SourcePhrase.IsNounUse(doc, end)) break;
            }
            end++;
        }
        if (end == start) return (start, start);
        // "Poland's foreign minister, Radoslaw Sikorski, called … and urged …": the person the role names.
        if (AppositiveName.After(doc, end, end, limit) is var (nf, ne) && ne > nf && SourcePhrase.LooksLikeSource(doc, start, end)) return (nf, ne);
        return SourcePhrase.LooksLikeSource(doc, start, end) || SourcePhrase.IsShortNounPhrase(doc, start, end) ? (start, end) : (start, start);
    }
}
