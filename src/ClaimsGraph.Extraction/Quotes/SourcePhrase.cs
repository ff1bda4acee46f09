using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>Finds speech cues and the source phrase on either side of them, within one sentence.</summary>
public static class SourcePhrase
{
    private const int MaxPhrase = 14;

    private static readonly WordSet Auxiliaries = new(
    [
        "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will", "once", "previously",
        "recently", "repeatedly", "reportedly", "further", "again", "just", "flatly", "quickly", "publicly", "privately",
        "simply", "separately", "similarly", "often", "always", "never", "still", "already", "has", "did", "does", "do",
        "can", "could", "may", "might", "must", "should", "been", "be", "not", "firmly", "bluntly", "angrily",
    ]);

    private static readonly WordSet Boundaries = new(
    [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "as", "when", "while", "if", "because", "so", "after",
        "before", "since", "though", "although", "where", "what", "how", "why", "said", "says", "told", "into", "than", "on",
        "in", "at", "during", "with", "by", "from", "about", "over", "under", "against", "has", "had", "is", "was", "were", "are",
    ]);

    public static bool IsCue(Document doc, int i) =>
        i >= 0 && i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word && !doc.InQuote[i] && !doc.Tokens[i].IsCapitalized && SpeechCues.Verbs.Contains(doc.Word(i))
        && !IsNounUse(doc, i);

    internal static readonly WordSet Determiners = new(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "every", "each", "no", "any"]);

    /// <summary>"the state’s primary", "his call", "a report": a cue word after a determiner or before a possessive is a noun.</summary>
    internal static bool IsNounUse(Document doc, int i) =>
        i > 0 && doc.Tokens[i - 1].Kind == TokenKind.Word && Determiners.Contains(doc.Word(i - 1))
        || i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Is(TokenFlags.Clitic) && doc.Tokens[i + 1].Start == doc.Tokens[i].End
           && doc.Word(i + 1) is [_, 's' or 'S']
        || doc.WordIs(i, "state") && !IsVerbStateAt(doc, i);

    private static readonly WordSet BeforeVerbState = new(
        ["to", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "they", "we", "i", "you", "also", "clearly", "explicitly", "simply"]);

    /// <summary>
    /// "secretary of state", "swing state", "state workers": the bare "state" is a noun unless an infinitive, a modal, a
    /// personal pronoun or a plural subject ("the Saudis state in the paper") stands right before it.
    /// </summary>
    private static bool IsVerbStateAt(Document doc, int i)
    {
        if (i == 0 || doc.Tokens[i - 1].Kind != TokenKind.Word) return false;
        var before = doc.Word(i - 1);
        if (BeforeVerbState.Contains(before)) return true;
        // A capitalised plural subject ("the Saudis"), not a place before a state noun ("Minnesota state delegate").
        return doc.Tokens[i - 1].IsCapitalized && before.Length > 3 && before[^1] == 's' && before[^2] != 's';
    }

    /// <summary>A manner adverb between subject and cue ("has increasingly decried", "quickly added"), stepped over like "also".</summary>
    private static bool IsMannerAdverb(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k) is { Length: > 3 } w && w.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The subject phrase ending before cue <paramref name="cue"/> (auxiliaries such as "also", "has" skipped).</summary>
    public static (int First, int End) Before(Document doc, int cue, int sentenceFirst)
    {
        var end = cue;
        while (end - 1 >= sentenceFirst && doc.Tokens[end - 1].Kind == TokenKind.Word && (Auxiliaries.Contains(doc.Word(end - 1)) || IsMannerAdverb(doc, end - 1) || doc.Tokens[end - 1].Is(TokenFlags.Clitic)) && cue - end < 3) end--;
        var appositive = end - 1 > sentenceFirst && doc.IsPunct(end - 1, ',') && doc.Tokens[end - 2].Kind is TokenKind.Word or TokenKind.Number && !doc.InQuote[end - 2];
        if (appositive) end--; // "…, an aide, said"
        if (end == cue) end = Indirect.AdverbialBeforeCue.ParticipialStart(doc, end, sentenceFirst); // "Kumar after walking out said"
        var first = end;
        // "Ana Ruiz, the foreign minister of Chile, a permanent member of the Security Council, said": appositives in a row are
        // stepped over one by one (each read on its own) and do not count against the length of the phrase.
        var appositiveEnd = end;
        var stepped = 0;
        while (first - 1 >= sentenceFirst && end - first < MaxPhrase + stepped)
        {
            var k = first - 1;
            var t = doc.Tokens[k];
            if (doc.InQuote[k] || t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Punct)
            {
                var c = doc.CharAt(k);
                // Dots of "Gov.", hyphens of "vice-presidential" and closing brackets of "(R-IN)" stay inside.
                if (c == '.' && k > sentenceFirst && doc.Tokens[k - 1].End == t.Start && doc.Tokens[k - 1].Kind == TokenKind.Word) { first = k; continue; }
                if (c is '-' && t.Is(TokenFlags.Glued)) { first = k; continue; }
                // The apostrophe of a plural possessive in an appositive, "Ann Fell, head of school leaders’ union NAHT, said", stays inside.
                if (appositive && c is '\u2019' or '\'' && k > sentenceFirst && doc.Tokens[k - 1].End == t.Start && doc.Tokens[k - 1].Kind == TokenKind.Word
                    && doc.Word(k - 1) is [.., 's' or 'S']) { first = k; continue; }
                if (c is ')' && OpeningBracket(doc, k, sentenceFirst) is var open and >= 0) { first = open; continue; }
                // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": step over the appositive.
                if (c is ',' && first < appositiveEnd && IsAppositive(doc, first, appositiveEnd, !AfterDoubleApostrophe(doc, k, sentenceFirst)) && k - 1 >= sentenceFirst
                    && (doc.IsPunct(k - 1, ')') || doc.Tokens[k - 1].IsCapitalized && doc.Tokens[k - 1].Kind == TokenKind.Word))
                {
                    if (appositiveEnd < end) stepped += appositiveEnd - k;
                    appositiveEnd = k;
                    first = k;
                    continue;
                }
                break;
            }
            // A boundary word inside a name ("in" of "Moon Jae-in") is part of the name.
            if (t.Kind == TokenKind.Word && Boundaries.Contains(doc.Word(k)) && !t.IsCapitalized && !doc.WordIs(k, "to") && !(doc.WordIs(k, "of") || doc.WordIs(k, "for"))
                && doc.MentionAt[k] < 0 && !IsPortfolioAnd(doc, k, end, sentenceFirst)) break;
            first = k;
        }
        // "Trump, in Kentucky, said": a place after a preposition is where, not who.
        if (first > sentenceFirst && first < end && doc.Tokens[first - 1].Kind == TokenKind.Word && Prepositions.Contains(doc.Word(first - 1))
            && doc.MentionAt[first] >= 0 && doc.Mentions[doc.MentionAt[first]] is { Kind: Mentions.MentionKind.State } place && place.FirstToken == first && place.EndToken == end)
            return (end, end);
        return (first, end);
    }

    private static readonly WordSet Prepositions = new(["in", "at", "from", "on", "near", "across", "throughout", "into", "to"]);

    /// <summary>
    /// "the work and pensions secretary", "the health and social care secretary": an "and" that joins the portfolios of a
    /// role is inside the role, when lower-case words alone lead from a determiner over it to the role noun that ends the phrase.
    /// </summary>
    private static bool IsPortfolioAnd(Document doc, int and, int end, int sentenceFirst)
    {
        if (IsPortfolioAndAfterOf(doc, and, end, sentenceFirst)) return true;
        if (!doc.WordIs(and, "and") || end - and is < 2 or > 5 || !Titles.RoleNouns.Contains(doc.Word(end - 1))) return false;
        for (var k = and + 1; k < end; k++)
        {
            if (!IsPlainLowerWord(doc, k)) return false;
        }
        for (var k = and - 1; k >= sentenceFirst && k >= and - 4; k--)
        {
            if (Determiners.Contains(doc.Word(k)) && doc.Tokens[k].Kind == TokenKind.Word) return k < and - 1;
            if (!IsPlainLowerWord(doc, k)) return false;
        }
        return false;
    }

    private const int MaxPortfolioWords = 3;

    /// <summary>
    /// "Feng Wei, deputy minister of railway and transportation, said", "the secretary of health and human services": an
    /// "and" that joins the portfolios after "of" and a role noun is inside the role; one to three words on each side of
    /// it, none a determiner ("the minister of finance and the governor" are two sources).
    /// </summary>
    private static bool IsPortfolioAndAfterOf(Document doc, int and, int end, int sentenceFirst)
    {
        if (!doc.WordIs(and, "and") || end - and < 2 || end - and > MaxPortfolioWords + 1) return false;
        for (var k = and + 1; k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || Boundaries.Contains(doc.Word(k)) || Determiners.Contains(doc.Word(k))) return false;
        }
        for (var k = and - 1; k >= sentenceFirst && k >= and - MaxPortfolioWords - 1; k--)
        {
            if (doc.WordIs(k, "of")) return k < and - 1 && k - 1 >= sentenceFirst && Titles.RoleNouns.Contains(doc.Word(k - 1));
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || Boundaries.Contains(doc.Word(k)) || Determiners.Contains(doc.Word(k))) return false;
        }
        return false;
    }

    private static bool IsPlainLowerWord(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && !doc.InQuote[k] && !Boundaries.Contains(doc.Word(k));

    private static int OpeningBracket(Document doc, int close, int sentenceFirst)
    {
        for (var k = close - 1; k >= sentenceFirst && k >= close - 8; k--)
        {
            if (doc.IsPunct(k, '(')) return k;
        }
        return -1;
    }

    /// <summary>
    /// A phrase between commas that describes rather than names: "an oversight panel member"; opened by an article it may
    /// run to ten tokens, "a spokeswoman for the Maritime Affairs Bureau of Fujian province", opened by a title and "of",
    /// "for" or "at" to twelve.
    /// </summary>
    private static bool IsAppositive(Document doc, int first, int end, bool longer)
    {
        var w = doc.Word(first);
        var article = w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase);
        var plain = !doc.Tokens[first].IsCapitalized && doc.MentionAt[first] < 0;
        // "coordinator of relief efforts for the International Federation of the Red Cross": a title and what it is of.
        var titleOf = plain && first + 1 < end && TitleLinks.Contains(doc.Word(first + 1)) && !Quantifiers.Contains(doc.Word(first));
        var limit = !longer ? 7 : article ? MaxArticleAppositive : titleOf ? MaxTitleAppositive : 7;
        return (article || plain || IsBodyTitle(doc, first, end)) && end - first <= limit && doc.IsPunct(end, ',');
    }

    private static readonly WordSet TitleLinks = new(["of", "for", "at"]);

    // "one of only a handful of RNC members": a share of a group, no title.
    private static readonly WordSet Quantifiers = new(["one", "two", "three", "some", "many", "all", "each", "none", "both", "most", "few", "several", "any"]);

    private const int MaxTitleAppositive = 12;

    /// <summary>
    /// "UN deputy emergency relief co-ordinator", "CNN political analyst": an organisation or state, then lower-case words
    /// only, a title held at that body (no article in wire and British copy).
    /// </summary>
    private static bool IsBodyTitle(Document doc, int first, int end)
    {
        if (doc.MentionAt[first] < 0 || doc.Mentions[doc.MentionAt[first]] is not { Kind: Mentions.MentionKind.Organization or Mentions.MentionKind.State } body || body.FirstToken != first) return false;
        var words = 0;
        for (var k = body.EndToken; k < end; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Punct && doc.CharAt(k) == '-' && t.Is(TokenFlags.Glued)) continue;
            if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[k] >= 0) return false;
            words++;
        }
        return words > 0;
    }

    private const int MaxArticleAppositive = 10;

    /// <summary>
    /// "''…,'' Ann Ruiz, the head of …, said": a name right after a quotation closed by two apostrophes (NYT feeds read as
    /// plain text), whose words the quote stage leaves alone; the longer appositive is not stepped over there.
    /// </summary>
    private static bool AfterDoubleApostrophe(Document doc, int comma, int sentenceFirst)
    {
        var j = comma - 1;
        while (j >= sentenceFirst && j >= comma - 4 && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized) j--;
        return j - 1 >= sentenceFirst && doc.IsPunct(j, '\'') && doc.IsPunct(j - 1, '\'');
    }

    /// <summary>The subject phrase after an inverted cue ("said Emanuel", "said the ambassador").</summary>
    public static (int First, int End) After(Document doc, int cue, int sentenceEnd)
    {
        var first = cue + 1;
        var end = first;
        while (end < sentenceEnd && end - first < MaxPhrase)
        {
            var t = doc.Tokens[end];
            if (doc.InQuote[end] || t.Kind == TokenKind.Quote) break;
            if (t.Kind == TokenKind.Punct)
            {
                var c = doc.CharAt(end);
                if (c == '.' && end > first && doc.Tokens[end - 1].End == t.Start && end + 1 < sentenceEnd && doc.Tokens[end + 1].IsCapitalized) { end++; continue; }
                if (c == '-' && t.Is(TokenFlags.Glued)) { end++; continue; }
                // "said 9/11 widow Terry Strada": a slash inside a number.
                if (c == '/' && t.Is(TokenFlags.Glued) && end > first && doc.Tokens[end - 1].Kind == TokenKind.Number) { end++; continue; }
                break;
            }
            if (t.Kind == TokenKind.Word && end > first && !t.IsCapitalized && Boundaries.Contains(doc.Word(end)) && !doc.WordIs(end, "to")) break;
            end++;
        }
        return (first, end);
    }

    /// <summary>A short noun phrase ("the union", "the letter", "the announcer"): a source when it stands right next to a cue.</summary>
    public static bool IsShortNounPhrase(Document doc, int first, int end)
    {
        if (end - first is < 1 or > 7) return false;
        var words = 0;
        for (var k = first; k < end; k++)
        {
            var t = doc.Tokens[k];
            // "the 46-year-old": numbers and glued hyphens inside a description.
            if (t.Kind == TokenKind.Number || t.Kind == TokenKind.Punct && doc.CharAt(k) == '-' && t.Is(TokenFlags.Glued)) continue;
            if (t.Kind != TokenKind.Word || Boundaries.Contains(doc.Word(k))) return false;
            words++;
        }
        return words is > 0 and <= 5;
    }

    /// <summary>"the ad’s narrator", "a Wednesday editorial": a short noun phrase opened by a determiner, a source after an inverted cue.</summary>
    public static bool IsDeterminedNounPhrase(Document doc, int first, int end) =>
        (doc.WordIs(first, "the") || doc.WordIs(first, "a") || doc.WordIs(first, "an") || doc.WordIs(first, "one") || doc.WordIs(first, "another"))
        && IsShortNounPhrase(doc, first, end);

    /// <summary>Whether the phrase holds something that can be a source: a mention, a pronoun, a role noun, an anonymous head, a name.</summary>
    public static bool LooksLikeSource(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            var w = doc.Word(k);
            if (doc.MentionAt[k] >= 0 || SpeakerResolver.IsSubjectPronoun(w) || Titles.RoleNouns.Contains(w) || WordLists.AnonymousHeads.Contains(w)) return true;
            // "63 percent said", "a majority of voters say": a share of a group speaks for it.
            if (w.Equals("percent", StringComparison.OrdinalIgnoreCase) || w.Equals("majority", StringComparison.OrdinalIgnoreCase)) return true;
            if (t.IsCapitalized && !WordLists.NotNameWords.Contains(w)) return true;
        }
        return false;
    }
}
