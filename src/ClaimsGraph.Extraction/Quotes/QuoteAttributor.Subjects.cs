using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>When the cue does not sit next to its speaker ("…, saying", "and added", "who said"), the speaker is the sentence subject, found past datelines, openers and asides.</summary>
public static partial class QuoteAttributor
{
    /// <summary>The phrase found before a cue is empty or the tail of a relative clause or aside: "…, which represents X, said".</summary>
    private static bool AfterRelativeOrAppositive(Document doc, int f, int e, int v)
    {
        if (!doc.IsPunct(v - 1, ',')) return false;
        if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return true;
        var k = f - 1;
        // "Clinton, speaking to reporters on her plane to Tampa, said": a place after a preposition ends an aside.
        if (IsStateAfterTown(doc, f, e)) return true;
        return k >= 0 && (doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "whose") || doc.WordIs(k, "where") || AsidePrepositions.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized);
    }

    private static readonly WordSet AsideOpeners = new(["who", "which", "whose", "whom", "where", "while", "when", "whereas", "although", "though"]);

    /// <summary>
    /// "Zimmerman, who identifies as Hispanic, told", "Trump, while being interviewed on Fox and Friends, called", "Sanders,
    /// celebrating a victory in Vermont, is pledging": when the phrase [f, e) before cue <paramref name="v"/> closes a comma-delimited
    /// aside opened by a relative, a conjunction or a participle, the source is the phrase before the aside; else (0, 0).
    /// </summary>
    private static (int First, int End) SubjectBeforeAside(Document doc, Sentence s, int f, int e, int v)
    {
        var comma = doc.IsPunct(v - 1, ',') ? v - 1 : e > f && e < v && doc.IsPunct(e, ',') ? e : -1;
        // ", when protesters interrupted her, shouting": a participle's own comma closes no aside.
        if (comma < 0 || comma == v - 1 && doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return (0, 0);
        for (var c = comma - 1; c > s.FirstToken && c >= comma - 25; c--)
        {
            if (doc.Tokens[c].Kind == TokenKind.Quote) return (0, 0);
            if (!doc.IsPunct(c, ',')) continue;
            var k = c + 1;
            if (k >= comma || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized || doc.MentionAt[k] >= 0) return (0, 0);
            var w = doc.Word(k);
            if (!(AsideOpeners.Contains(w) || AsidePrepositions.Contains(w) || w.Length > 4 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)))) return (0, 0);
            var (sf, se) = SourcePhrase.Before(doc, c, s.FirstToken);
            return se > sf && se == c && SourcePhrase.LooksLikeSource(doc, sf, se) ? (sf, se) : (0, 0);
        }
        return (0, 0);
    }

    private static readonly WordSet AsidePrepositions = new(["to", "in", "at", "on", "from", "of", "for", "with", "by", "near", "toward", "towards", "into", "across", "after", "before"]);

    /// <summary>
    /// "McConnell, now the majority leader, who in 2010 said …": the cue's subject is a relative "who"; the speaker
    /// is its antecedent before the comma, and "who" is the mention (the word that stands for them in the clause).
    /// </summary>
    private static ExtractedSpeaker? RelativeWhoSpeaker(Document doc, int v, int from)
    {
        var who = -1;
        for (var k = v - 1; k >= from && k >= v - 4; k--)
        {
            if (doc.WordIs(k, "who")) { who = k; break; }
            if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number) return null;
        }
        if (who < 1 || !doc.IsPunct(who - 1, ',')) return null;
        // "Bannon, who he called “…”", "Obama, who Beck on Wednesday called": a subject after "who" makes it the object.
        for (var k = who + 1; k < v; k++)
        {
            if (SpeakerResolver.IsSubjectPronoun(doc.Word(k)) || doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].Kind == Mentions.MentionKind.Person) return null;
        }
        var (f, e) = SourcePhrase.Before(doc, who, from);
        if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return null;
        return SpeakerResolver.Resolve(doc, f, e, fromRight: true) with { Mention = doc.SpanOf(who, who + 1) };
    }

    /// <summary>"The piece used …": a short determiner phrase opening the sentence, up to its first verb-shaped word.</summary>
    private static (int First, int End) DescribedSubject(Document doc, Sentence s, int limit)
    {
        var end = s.FirstToken + 1;
        while (end < limit && end - s.FirstToken < 5 && doc.Tokens[end].Kind == TokenKind.Word && !LooksLikeFiniteVerb(doc, end)) end++;
        return end < limit && LooksLikeFiniteVerb(doc, end) && SourcePhrase.IsDeterminedNounPhrase(doc, s.FirstToken, end) ? (s.FirstToken, end) : (0, 0);
    }

    /// <summary>A cue whose subject is the sentence's: a participle after a comma (", saying"), an infinitive ("went on to say"), or a verb after "and"/"but".</summary>
    private static bool TakesSentenceSubject(Document doc, int v, Sentence s)
    {
        if (v - 1 <= s.FirstToken) return false;
        if (doc.IsPunct(v - 1, ',') && doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return true;
        // "He went on to say, “…”", "Trump was quick to add": an infinitive cue is the subject's.
        if (doc.WordIs(v - 1, "to") && !doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return true;
        var k = v - 1;
        if (doc.Tokens[k].Kind == TokenKind.Word && k - 1 > s.FirstToken && (doc.WordIs(k, "then") || doc.WordIs(k, "also") || doc.WordIs(k, "later"))) k--;
        return doc.WordIs(k, "and") || doc.WordIs(k, "but");
    }

    /// <summary>
    /// "…, with Senator John McCain telling reporters he viewed Obama as “directly responsible”", "with Gorka noting …": a
    /// participle after "with" and a source has that source as its subject (an absolute clause), not the sentence's subject;
    /// the source phrase, else (0, 0).
    /// </summary>
    private static (int First, int End) WithParticipleSubject(Document doc, int v, int from)
    {
        if (!IsParticiple(doc, v)) return (0, 0);
        var (f, e) = SourcePhrase.Before(doc, v, from);
        if (e <= f || f - 1 < from || !doc.WordIs(f - 1, "with")) return (0, 0);
        // "met with Trump, adding: “…”": after a comma the participle is the sentence subject's again.
        for (var k = e; k < v; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return (0, 0);
        }
        if (SourcePhrase.LooksLikeSource(doc, f, e)) return (f, e);
        // A described subject ("with one of her ads asking") only in a clause set off by a comma: "comes with the right calling card".
        var setOff = f - 2 < from || doc.IsPunct(f - 2, ',');
        return setOff && SourcePhrase.IsDeterminedNounPhrase(doc, f, e) ? (f, e) : (0, 0);
    }

    /// <summary>
    /// "…, spokesman Sean Spicer said Tuesday, adding, “…”" / "…, said Sean Spicer, adding, “…”": a participle right after an
    /// attribution that follows a clause takes that attribution's source, not the subject of the clause before it.
    /// </summary>
    private static (int First, int End, bool FromRight) AttributionBeforeParticiple(Document doc, int v, Sentence s)
    {
        if (v - 2 <= s.FirstToken || !doc.IsPunct(v - 1, ',') || !doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return (0, 0, false);
        var comma = v - 1;
        for (var c = comma - 1; c > s.FirstToken && c >= comma - 6; c--)
        {
            if (doc.Tokens[c].Kind is not (TokenKind.Word or TokenKind.Number)) break;
            if (!SourcePhrase.IsCue(doc, c)) continue;
            var (f, e) = SourcePhrase.Before(doc, c, s.FirstToken);
            if (e > f && f - 1 > s.FirstToken && AfterClauseOrQuote(doc, f - 1) && SourcePhrase.LooksLikeSource(doc, f, e)) return (f, e, true);
            (f, e) = SourcePhrase.After(doc, c, comma);
            if (e == comma && e > f && AfterClauseOrQuote(doc, c - 1) && SourcePhrase.LooksLikeSource(doc, f, e)) return (f, e, false);
            break;
        }
        return (0, 0, false);
    }

    /// <summary>A comma closing a clause, or the closing mark of a quote ("“…,” Trump said, adding"): an attribution follows.</summary>
    private static bool AfterClauseOrQuote(Document doc, int k) =>
        doc.IsPunct(k, ',') || doc.Tokens[k].Kind == TokenKind.Quote && k > 0 && doc.InQuote[k - 1];

    /// <summary>The subject at the start of a sentence: up to the first lower-case word after a source word.</summary>
    private static (int First, int End) SentenceSubject(Document doc, Sentence s, int limit)
    {
        var first = SubjectStart(doc, s, limit);
        var end = first;
        while (end < limit && end - first < 8 && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Punct && !doc.IsPunct(end, ','))
        {
            // A name is read whole: "Former Secretary of State Madeleine Albright".
            end = doc.MentionAt[end] >= 0 ? Math.Min(limit, Math.Max(end + 1, doc.Mentions[doc.MentionAt[end]].EndToken)) : end + 1;
            if (SourcePhrase.LooksLikeSource(doc, first, end) && end < limit && !doc.Tokens[end].IsCapitalized) break;
        }
        var found = end > first && SourcePhrase.LooksLikeSource(doc, first, end);
        // "The previous minister, Avi Levin, resigned …, calling it …": the name between commas after a role is the person.
        if (found && Indirect.AppositiveName.After(doc, end, end, limit) is var (nf, ne) && ne > nf) return (nf, ne);
        // "The retired neurosurgeon has provided …", "the prince called for Trump …": a described subject ends at its verb.
        if (DeterminedSubjectBeforeVerb(doc, first, limit) is var verb and > 0 && (!found || end > verb)) return (first, verb);
        return found ? (first, end) : (0, 0);
    }

    // No copula: "The place is the townhome …" names no speaker.
    private static readonly WordSet SubjectAuxiliaries = new(["has", "had", "have", "will", "would", "also", "then"]);

    // "The rationale these proven liars use", "a group of rabbis called": no second determiner, no dangling preposition.
    private static readonly WordSet NotInDescribedSubject = new(["the", "a", "an", "these", "those", "this", "that", "of", "for", "to", "with", "in", "on", "at", "by", "from", "here", "there"]);

    /// <summary>Where the verb after a determiner phrase opening the subject ("the prince called") stands, or 0.</summary>
    private static int DeterminedSubjectBeforeVerb(Document doc, int first, int limit)
    {
        if (first >= limit || !(doc.WordIs(first, "the") || doc.WordIs(first, "a") || doc.WordIs(first, "an"))) return 0;
        for (var k = first + 2; k < limit && k <= first + 5; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word) return 0;
            if (t.IsCapitalized || doc.MentionAt[k] >= 0) continue;
            if (NotInDescribedSubject.Contains(doc.Word(k))) return 0;
            // "The two lawmakers, however, argue": a plural before a comma is still the noun.
            if (!SubjectAuxiliaries.Contains(doc.Word(k)) && doc.IsPunct(k + 1, ',')) continue;
            if (SubjectAuxiliaries.Contains(doc.Word(k)) || LooksLikeFiniteVerb(doc, k))
                return SourcePhrase.IsDeterminedNounPhrase(doc, first, k) ? k : 0;
        }
        return 0;
    }

    private static readonly WordSet IntroWords = new(
    [
        "in", "on", "at", "after", "before", "during", "when", "while", "since", "speaking", "appearing", "asked", "for",
        "with", "despite", "although", "though", "if", "once", "following", "addressing", "writing", "responding", "under",
        "amid", "amidst", "like", "unlike", "here", "there", "upon", "throughout", "within", "across", "through", "until",
        // "In a statement signed by six parties, including Okonjo’s, the opposition said …": an aside going on from the opener.
        "including",
    ]);

    private static readonly WordSet OpeningAdverbs = new(
    [
        "early", "late", "earlier", "later", "meanwhile", "yesterday", "today", "last", "now", "then", "still", "instead", "separately",
        "afterward", "afterwards", "previously", "recently", "however", "indeed", "moreover", "nevertheless", "finally",
    ]);

    /// <summary>"Earlier this week, Todd pressed …", "Hastily, he …": an adverb (not a name) opening the sentence before its subject.</summary>
    private static bool IsOpeningAdverb(Document doc, int k)
    {
        if (doc.MentionAt[k] >= 0) return false;
        var w = doc.Word(k);
        return OpeningAdverbs.Contains(w) || w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>"Continuing to explain his view, Carson rejected …": a capitalised -ing word that names nobody opens the sentence before its subject.</summary>
    private static bool IsOpeningParticiple(Document doc, int k) =>
        doc.MentionAt[k] < 0 && doc.Tokens[k].IsCapitalized && doc.Word(k) is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet TimeAgo = new(["later", "earlier", "ago", "before", "after"]);

    /// <summary>"Hours later, Trump returned …", "Two days earlier, …": a span of time and "later/earlier/ago" opening the sentence.</summary>
    private static bool IsTimeAgo(Document doc, int start, int limit)
    {
        for (var k = start + 1; k < limit && k <= start + 3; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number) return false;
            if (TimeAgo.Contains(doc.Word(k))) return k + 1 < limit && doc.IsPunct(k + 1, ',') && doc.MentionAt[start] < 0;
        }
        return false;
    }

    /// <summary>
    /// Where the subject of sentence <paramref name="s"/> starts: after a dateline ("WASHINGTON —", "Washington (AFP) –")
    /// and after an opening adverbial ("Speaking at a rally in Salem, New Hampshire, Trump went …").
    /// </summary>
    private static int SubjectStart(Document doc, Sentence s, int limit)
    {
        // "MEXICO CITY (Reuters) - …", "PARIS, Aug 31 (Reuters) - …": the dateline the indirect finder skips, hyphen and all.
        var start = Indirect.SentenceSubject.AfterDateline(doc, s, limit);
        for (var j = start + 1; start == s.FirstToken && j < limit && j <= start + 5; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Punct) continue;
            if (doc.CharAt(j) is '\u2014' or '\u2013' && (doc.IsPunct(j - 1, ')') || doc.Tokens[j - 1].Is(TokenFlags.AllCaps))) { start = j + 1; break; }
            if (!(doc.IsPunct(j, ')') || doc.IsPunct(j, '('))) break;
        }
        // "On Thursday, after remaining neutral, Warren endorsed …": openers may follow one another.
        for (var opener = 0; opener < 3; opener++)
        {
            var next = AfterOpener(doc, start, limit);
            if (next == start) break;
            start = next;
        }
        return start;
    }

    /// <summary>Where the words after an opener starting at <paramref name="start"/> begin, or <paramref name="start"/> when none opens there.</summary>
    private static int AfterOpener(Document doc, int start, int limit)
    {
        if (start >= limit || !(doc.Tokens[start].Kind == TokenKind.Word && (IntroWords.Contains(doc.Word(start)) || IsOpeningAdverb(doc, start) || IsOpeningParticiple(doc, start))
                                || IsTimeAgo(doc, start, limit))) return start;
        for (var j = start + 1; j < limit && j <= start + 14; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return start;
            if (!doc.IsPunct(j, ',')) continue;
            var next = j + 1;
            // "in Salem, New Hampshire, Trump …": a state after the place is still the opener.
            if (next < limit && StateBeforeCommaFrom(doc, next) is var stateEnd and > 0 && stateEnd < limit) next = stateEnd + 1;
            return next < limit ? next : start;
        }
        return start;
    }
}
