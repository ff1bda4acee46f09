using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Where a reported clause begins and ends around its cue. The content span follows the annotation convention
/// of attribution corpora: the reported clause itself, "that" included, without the source and cue, ending
/// where a second attribution or an unrelated clause begins.
/// </summary>
public static class ReportedClause
{
    private const int MaxGapToThat = 6;
    private const int MaxGapToThatAfterAdverbial = 14;

    /// <summary>
    /// No reported clause runs longer than this many tokens: beyond it the "sentence" is no prose (a run-on
    /// list, a page without full stops), and the cap keeps every rule linear in the input.
    /// </summary>
    public const int MaxClauseTokens = 150;

    /// <summary>
    /// The first token of the clause reported by verb <paramref name="cue"/> (<paramref name="cueEnd"/> is the token
    /// after the cue words), or -1 when what follows is no clause. The clause opens at "that" (kept), after an
    /// addressee ("told reporters"), at a question word for verbs of asking, or directly for verbs that take a
    /// bare clause.
    /// </summary>
    public static int Start(Document doc, int cue, int cueEnd, int limit)
    {
        var verb = doc.Word(cue);
        var k = cueEnd;
        if (k >= limit) return -1;
        // "said on Tuesday that", "told reporters at the briefing that", "pointed out that"
        var gap = IndirectCues.TakesAddressee.Contains(verb) ? MaxGapToThat + 4 : MaxGapToThat;
        // "said in one of a series of Twitter messages that", "said Thursday during a taping of a town hall in Buffalo
        // that": after a verb of saying, an adverbial of the saying may run longer before its "that".
        if (SpeechCues.IsVerbOfSaying(verb) && doc.Tokens[k].Kind == TokenKind.Word && (IndirectCues.Prepositions.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized || Weekdays.Contains(doc.Word(k))))
            gap = MaxGapToThatAfterAdverbial;
        for (var j = k; j < limit && j <= k + gap; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Quote || doc.IsPunct(j, ';') || doc.IsPunct(j, '.')) break;
            // "said that would cost jobs", "said that, if elected, …": right after the cue "that" opens the clause even
            // when a verb or a comma follows; further on a relative "that" ("said the test that failed …", "could
            // change that.") belongs to a bare clause, read below.
            if (doc.WordIs(j, "that"))
            {
                if (j == k || !IsRelativeThat(doc, j, limit) && !AfterObjectNoun(doc, verb, k)) return j;
                break;
            }
            // A second verb before the "that" takes it ("said he noted that"); a noun after a determiner does not ("said in a note that").
            if (t.Kind == TokenKind.Word && (IndirectCues.ThatVerbs.Contains(doc.Word(j)) && j > k) && !ObjectDeterminers.Contains(doc.Word(j - 1))) break;
        }
        // "called for an inquiry", "pointed out that …" (the "that" was found above), "talked about trade".
        if (IndirectCues.PrepositionVerbs.Contains(verb) && IndirectCues.ContentPrepositions.Contains(doc.Word(k)))
        {
            // "spoke to reporters", "complained to the referee": after these verbs "to" names whom; what was said
            // follows "about" ("talks to Ava about the film"), or nothing does.
            if (doc.WordIs(k, "to") && IndirectCues.AddresseeToVerbs.Contains(verb))
            {
                for (var j = k + 1; j < limit && j <= k + 6 && doc.Tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (doc.WordIs(j, "about")) return j + 1 < limit && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number ? j + 1 : -1;
                }
                return -1;
            }
            if (CircumstancePhrase.StartsAt(doc, k, limit)) return -1;
            var obj = doc.WordIs(k, "out") && doc.WordIs(k + 1, "that") ? k + 1 : k + 1;
            return obj < limit && doc.Tokens[obj].Kind is TokenKind.Word or TokenKind.Number ? obj : -1;
        }
        if (IndirectCues.QuestionVerbs.Contains(verb))
        {
            var q = k;
            if (IndirectCues.TakesAddressee.Contains(verb) && q < limit && !IndirectCues.QuestionWords.Contains(doc.Word(q))) q = SkipAddressee(doc, q, limit);
            if (q < limit && (IndirectCues.QuestionWords.Contains(doc.Word(q)) || doc.WordIs(q, "about"))) return q;
            // "was asked by a caller why …", "asked in May if …": the asker, or the time of the asking, before the question.
            if (QuestionAfterAdverbial.Start(doc, k, limit) is var late and >= 0) return late;
        }
        // "see him as a threat", "viewed the deal as a mistake": the object and what it is seen as.
        if (IndirectCues.AsVerbs.Contains(verb)) return AsPredicateFollows(doc, k, limit) ? k : -1;
        // "called the charges baseless", "labeled him a liar": the object and what it is called.
        if (IndirectCues.NamingVerbs.Contains(verb))
            return doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && !IndirectCues.Prepositions.Contains(doc.Word(k)) && !IndirectCues.CueAdverbs.Contains(doc.Word(k)) ? k : -1;
        if (!IndirectCues.BareClauseVerbs.Contains(verb)) return Complement(doc, verb, k, limit);
        if (IndirectCues.TakesAddressee.Contains(verb)) k = SkipAddressee(doc, k, limit);
        if (doc.IsPunct(k, ',') || doc.IsPunct(k, ':')) k++;
        if (k >= limit) return -1;
        // "said on Friday he met the governor", "said Tuesday the plan …": the clause opens after the time of the saying.
        if (AfterTimeAdverbial(doc, k, limit) is var afterTime and > 0 && afterTime < limit && doc.Tokens[afterTime].Kind == TokenKind.Word
            && (IndirectCues.SubjectStarters.Contains(doc.Word(afterTime)) && !IndirectCues.Prepositions.Contains(doc.Word(afterTime)) || doc.MentionAt[afterTime] >= 0))
            k = afterTime;
        // "said ‘the meeting was unproductive’ but …" in an article quoting with double marks: a single mark is no
        // quotation mark there (a nested or headline quote); the clause opens after it.
        if (doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is '\u2018' or '\'' && doc.Tokens[k].Is(TokenFlags.Glued)
            && k + 1 < limit && doc.Tokens[k + 1].Kind == TokenKind.Word) k++;
        var first = doc.Tokens[k];
        if (first.Kind == TokenKind.Quote) return -1;
        // A bare clause opens with its subject (a name, a pronoun, a noun phrase), not with a preposition or
        // adverb of the cue ("said on Tuesday", "said in a statement", "said yesterday").
        var looksLikeSubject = first.Kind == TokenKind.Number || first.Kind == TokenKind.Word
            && (IndirectCues.SubjectStarters.Contains(doc.Word(k)) || doc.MentionAt[k] >= 0
                || !IndirectCues.Prepositions.Contains(doc.Word(k)) && !IndirectCues.CueAdverbs.Contains(doc.Word(k))
                   && !(doc.Word(k).EndsWith("ly", StringComparison.Ordinal) && !first.IsCapitalized)
                || QuantityOpensSubject(doc, k, limit));
        if (looksLikeSubject) return k;
        // "said by the end of the year the bridge would …": a short adverbial opens the clause before its subject.
        if (SpeechCues.IsVerbOfSaying(verb) && AdverbialBeforeSubject.SubjectAfter(doc, k, limit) >= 0) return k;
        return Complement(doc, verb, k, limit);
    }

    /// <summary>
    /// "said nearly every conversation centers on …": a degree adverb before a quantity opens the subject; so does
    /// "at least" or "at most" before one, "said at least seven officers were hurt" (no circumstance "at" of the saying).
    /// </summary>
    private static bool QuantityOpensSubject(Document doc, int k, int limit)
    {
        var q = k + 1;
        if (doc.WordIs(k, "at") && k + 1 < limit && (doc.WordIs(k + 1, "least") || doc.WordIs(k + 1, "most"))) q = k + 2;
        else if (!IndirectCues.QuantityAdverbs.Contains(doc.Word(k))) return false;
        return q < limit && (doc.Tokens[q].Kind == TokenKind.Number || IndirectCues.QuantityWords.Contains(doc.Word(q)));
    }

    /// <summary>Whether "as" follows the object starting at <paramref name="k"/> within a few words, before any punctuation.</summary>
    private static bool AsPredicateFollows(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || IndirectCues.Prepositions.Contains(doc.Word(k))) return false;
        for (var j = k + 1; j < limit && j <= k + 6; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            if (doc.WordIs(j, "as")) return j + 1 < limit && doc.Tokens[j + 1].Kind == TokenKind.Word;
        }
        return false;
    }

    /// <summary>The object of a verb whose whole complement is reported ("announced his candidacy"), or -1.</summary>
    private static int Complement(Document doc, ReadOnlySpan<char> verb, int k, int limit)
    {
        if (!IndirectCues.ComplementVerbs.Contains(verb) || k >= limit) return -1;
        var t = doc.Tokens[k];
        if (t.Kind is TokenKind.Punct or TokenKind.Quote || IndirectCues.Prepositions.Contains(doc.Word(k)) && !doc.WordIs(k, "to")) return -1;
        // "expected to win", "wants to run": the infinitive is what is wanted or expected.
        return k;
    }

    /// <summary>The addressee after "told", "assured": a pronoun, a name, or a short noun phrase ("told reporters").</summary>
    private static int SkipAddressee(Document doc, int k, int limit)
    {
        var j = k;
        while (j < limit && j < k + 4 && doc.Tokens[j].Kind == TokenKind.Word && !doc.WordIs(j, "that")
               && !IndirectCues.QuestionWords.Contains(doc.Word(j)) && !doc.WordIs(j, "to")) j++;
        // Only the addressee's head when the next words start the clause: "told CNN the plan …" keeps "the plan".
        if (j - k > 1 && doc.Tokens[k].Kind == TokenKind.Word && (doc.MentionAt[k] >= 0 || IsObjectPronoun(doc, k) || !IsDeterminer(doc, k)))
        {
            var head = doc.MentionAt[k] >= 0 ? doc.Mentions[doc.MentionAt[k]].EndToken : k + 1;
            return head;
        }
        return j;
    }

    private static bool IsObjectPronoun(Document doc, int k) =>
        doc.WordIs(k, "him") || doc.WordIs(k, "her") || doc.WordIs(k, "them") || doc.WordIs(k, "me") || doc.WordIs(k, "us") || doc.WordIs(k, "reporters");

    private static bool IsDeterminer(Document doc, int k) =>
        doc.WordIs(k, "the") || doc.WordIs(k, "a") || doc.WordIs(k, "an") || doc.WordIs(k, "his") || doc.WordIs(k, "her") || doc.WordIs(k, "their");

    /// <summary>"the report that was released": "that" followed by a verb opens a relative clause.</summary>
    private static readonly WordSet ObjectDeterminers = new(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our"]);

    /// <summary>
    /// "recalling the powerful earthquake that rocked …": a noun phrase opening right after a cue that names no addressee
    /// is its object, so a later "that" is relative, not the start of a reported clause ("told the committee that …" is).
    /// </summary>
    private static bool AfterObjectNoun(Document doc, ReadOnlySpan<char> verb, int k) =>
        ObjectDeterminers.Contains(doc.Word(k)) && !IndirectCues.TakesAddressee.Contains(verb);

    public static bool IsRelativeThat(Document doc, int that, int limit) =>
        that + 1 >= limit || doc.Tokens[that + 1].Kind != TokenKind.Word && doc.Tokens[that + 1].Kind != TokenKind.Number
        || IndirectCues.RelativeThatFollowers.Contains(doc.Word(that + 1));

    /// <summary>
    /// Where the clause starting at <paramref name="first"/> ends: before a second attribution
    /// ("…, adding that …", "… and added …", "…, according to …", "; …") or at the sentence end; trailing
    /// punctuation dropped.
    /// </summary>
    public static int End(Document doc, int first, int limit, bool plainObject = false)
    {
        limit = Math.Min(limit, first + MaxClauseTokens);
        var end = limit;
        for (var j = first + 1; j < limit; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Quote) { end = j; break; }
            // "FEC records show he backed John McCain (R-AZ) and …", "more than half of her support (57 percent) comes from women":
            // a short parenthesis is an aside the clause goes on past.
            if (doc.IsPunct(j, '(') && ParenthesisClose(doc, j, limit) is var parenClose and > 0) { j = parenClose; continue; }
            if (doc.IsPunct(j, ';') || doc.IsPunct(j, '(')) { end = j; break; }
            // An object noun phrase ends at its first comma or dash: "reported no arrests, although …".
            // "cited several factors, including …", "favor exceptions, such as when …": examples of what was just named belong to it.
            if (doc.IsPunct(j, ',') && ExamplesFollow(doc, j + 1, limit)) continue;
            if (plainObject && t.Kind == TokenKind.Punct && (doc.IsPunct(j, ',') || doc.IsPunct(j, '—') || doc.IsPunct(j, '–') || doc.IsPunct(j, ':')))
            {
                // "cited Johnson, Rubio and Kasich", "low growth, unemployment and inequality": a list goes on past its commas.
                if (doc.IsPunct(j, ',') && ListAnd(doc, j, limit) is var listAnd and > 0) { j = listAnd; continue; }
                end = j;
                break;
            }
            if (doc.IsPunct(j, ',') && j + 1 < limit && doc.Tokens[j + 1].Kind == TokenKind.Word && !doc.Tokens[j + 1].IsCapitalized)
            {
                var next = doc.Word(j + 1);
                if (IndirectCues.FollowOnParticiples.Contains(next) || doc.WordIs(j + 1, "according") && doc.WordIs(j + 2, "to")
                    || IndirectCues.ClauseBreakers.Contains(next) || next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal))
                {
                    // "said Trump, despite his wealth, is …": an aside between the clause's subject and its verb.
                    if (!plainObject && AsideInSubject(doc, first, j, limit) is var close and > 0) { j = close; continue; }
                    // "expected to show that the captain, who has boasted of …, did …": the same for a "that" clause inside the report.
                    if (!plainObject && RelativePronouns.Contains(next) && ThatBefore(doc, first, j) is var innerThat and > 0
                        && AsideInSubject(doc, innerThat, j, limit) is var innerClose and > 0) { j = innerClose; continue; }
                    end = j;
                    break;
                }
            }
            if (doc.WordIs(j, "and") && IsCueVerb(doc, j + 1, limit)) { end = j; break; }
            // "More than 2,000 were expected to flee but Talosig feared that …", "urging people to object while utility officials
            // say …": "but", "while" or "whereas" and a new source with its own cue start another report.
            if ((doc.WordIs(j, "but") || doc.WordIs(j, "while") || doc.WordIs(j, "whereas")) && NewSourceCue(doc, j + 1, limit)) { end = j; break; }
            // "most bakers said yes, compared with a third of the fishermen": the comparison is the writer's, no part of the answer.
            if (doc.IsPunct(j, ',') && doc.WordIs(j + 1, "compared") && (doc.WordIs(j + 2, "with") || doc.WordIs(j + 2, "to"))) { end = j; break; }
            // "defended his mother and refused to …", "favors right-to-work laws and opposes …": an object ends before a second predicate.
            if (plainObject && doc.WordIs(j, "and") && SecondPredicate(doc, j + 1, limit)) { end = j; break; }
            // "declined to comment and she left", "backed the plan and they voted …": a subject pronoun after "and" opens a second clause.
            if (plainObject && doc.WordIs(j, "and") && j + 2 < limit && SubjectPronouns.Contains(doc.Word(j + 1)) && !doc.Tokens[j + 1].IsCapitalized) { end = j; break; }
            // "endorsed Trump at a news conference on Friday": an object ends before an adverbial of time or occasion.
            if (plainObject && TimeOrOccasionAdverbial(doc, j, limit)) { end = j; break; }
            if (plainObject && (doc.WordIs(j, "but") || doc.WordIs(j, "while") || doc.WordIs(j, "although") || doc.WordIs(j, "because") || doc.WordIs(j, "by") && j + 1 < limit && doc.Word(j + 1).EndsWith("ing", StringComparison.Ordinal))) { end = j; break; }
            // "…, and Ms. Brainard is …", "…, but he …": a new sentence subject starts an unrelated clause.
            if (doc.IsPunct(j, ',') && (doc.WordIs(j + 1, "and") && j + 2 < limit && StartsNewSubject(doc, j + 2) || doc.WordIs(j + 1, "but"))) { end = j; break; }
            // "… are expected to showcase the ties of the allies, the ambassador told reporters, “…”": the main clause's
            // own subject and verb of saying follow the comma.
            if (doc.IsPunct(j, ',') && j + 2 < limit && MainClauseDeterminers.Contains(doc.Word(j + 1)) && !doc.Tokens[j + 1].IsCapitalized && CueAfterShortSubject(doc, j + 1)) { end = j; break; }
        }
        return TrimEnd(doc, first, end);
    }

    private static readonly WordSet ExampleOpeners = new(["including", "particularly", "especially"]);

    private static bool ExamplesFollow(Document doc, int k, int limit) =>
        k + 1 < limit && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized
        && (ExampleOpeners.Contains(doc.Word(k)) || doc.WordIs(k, "such") && doc.WordIs(k + 1, "as"));

    private const int MaxParenthesisTokens = 8;

    /// <summary>
    /// The ")" closing the parenthesis opened at <paramref name="open"/> when it is a short label with no clause of its own
    /// ("(R-AZ)", "(57 percent)", "(Vt.)"), or -1: "(her campaign later disclosed that …)" holds a report of its own.
    /// </summary>
    private static int ParenthesisClose(Document doc, int open, int limit)
    {
        for (var j = open + 1; j < limit && j <= open + MaxParenthesisTokens; j++)
        {
            if (doc.IsPunct(j, ')')) return j > open + 1 && j + 1 < limit ? j : -1;
            var t = doc.Tokens[j];
            if (t.Kind == TokenKind.Quote || doc.IsPunct(j, '(') || doc.IsPunct(j, ',') || doc.IsPunct(j, ';')) return -1;
            if (t.Kind != TokenKind.Word || t.IsCapitalized) continue;
            var w = doc.Word(j);
            if (NoListWords.Contains(w) || SpeechCues.Verbs.Contains(w) || w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal))) return -1;
        }
        return -1;
    }

    private const int MaxListItems = 4;
    private const int MaxListItemWords = 7;

    private static readonly WordSet NoListWords = new(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "may", "might", "should", "must", "who", "which", "that", "he", "she", "they", "it", "we", "I", "but", "while", "although", "because", "when", "after", "before", "if", "as", "said", "says"]);

    /// <summary>
    /// The "and"/"or" closing a list whose items follow the comma <paramref name="comma"/> ("Cruz, Rubio, Kasich and Bush"),
    /// or -1: each item a few words with no verb or clause word in it, and a word after "and" that opens no second predicate.
    /// </summary>
    private static int ListAnd(Document doc, int comma, int limit)
    {
        var items = 0;
        var words = 0;
        for (var j = comma + 1; j < limit; j++)
        {
            var t = doc.Tokens[j];
            if (doc.IsPunct(j, ','))
            {
                if (words == 0 || ++items > MaxListItems) return -1;
                words = 0;
                continue;
            }
            if (t.Kind == TokenKind.Number) { if (++words > MaxListItemWords) return -1; continue; }
            if (t.Kind == TokenKind.Punct && (doc.IsPunct(j, '.') || doc.IsPunct(j, '-')) && words > 0) continue;
            if (t.Kind != TokenKind.Word) return -1;
            if ((doc.WordIs(j, "and") || doc.WordIs(j, "or")) && (words > 0 || items > 0))
            {
                if (words > 0) items++;
                return items >= 1 && j + 1 < limit && doc.Tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number && !NoListWords.Contains(doc.Word(j + 1))
                       && !SecondPredicate(doc, j + 1, limit) && !IsCueVerb(doc, j + 1, limit) ? j : -1;
            }
            var w = doc.Word(j);
            if (NoListWords.Contains(w) || !t.IsCapitalized && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || ++words > MaxListItemWords) return -1;
        }
        return -1;
    }

    // Not "a/an": "…, a longtime adviser who said …" after a name is more often an appositive of that name than a new subject.
    private static readonly WordSet MainClauseDeterminers = new(["the", "his", "her", "their", "its"]);

    private const int MaxSubjectWords = 6;
    private const int MaxAsideTokens = 30;

    /// <summary>
    /// "said Trump, despite his wealth, is …", "said the decision, which struck down …, illustrates …", "that, while …,
    /// workers …": for a comma right after a short subject (no verb in it) or right after "that", the comma closing the
    /// aside when the clause goes on there with its verb (or, after "that", with anything); otherwise -1.
    /// </summary>
    private static int AsideInSubject(Document doc, int first, int comma, int limit)
    {
        var subject = doc.WordIs(first, "that") ? first + 1 : first;
        if (comma - subject > MaxSubjectWords) return -1;
        for (var k = subject; k < comma; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) && !doc.IsPunct(k, '.') && !doc.IsPunct(k, '-')) return -1;
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (FiniteVerbs.Contains(doc.Word(k)) || doc.WordIs(k, "that"))) return -1;
        }
        for (var m = comma + 2; m < limit && m <= comma + MaxAsideTokens; m++)
        {
            var t = doc.Tokens[m];
            if (t.Kind == TokenKind.Quote || doc.IsPunct(m, ';') || doc.IsPunct(m, '(') || doc.IsPunct(m, ':')) return -1;
            if (!doc.IsPunct(m, ',')) continue;
            if (comma == subject) return m + 1 < limit && doc.Tokens[m + 1].Kind == TokenKind.Word ? m : -1;
            if (OpensPredicate(doc, m + 1, limit)) return m;
            // "that the mayor, whose feud with the board and his quarrel with his brother, a fisherman, were widely reported,
            // is …": a relative aside may hold commas of its own before the one closing it.
            if (!RelativePronouns.Contains(doc.Word(comma + 1))) return -1;
        }
        return -1;
    }

    private static readonly WordSet RelativePronouns = new(["who", "which", "whose"]);

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we", "it"], ignoreCase: false);

    /// <summary>The "that" after <paramref name="first"/> and at most <see cref="MaxSubjectWords"/> + 1 tokens before <paramref name="comma"/>, or -1.</summary>
    private static int ThatBefore(Document doc, int first, int comma)
    {
        for (var k = comma - 1; k > first && k >= comma - MaxSubjectWords - 1; k--)
            if (doc.WordIs(k, "that")) return k;
        return -1;
    }

    private static readonly string[] FiniteAuxiliaries =
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "may", "might", "should", "must"];

    /// <summary>The finite auxiliaries and the linking verbs that open a predicate after a subject ("remains", "seems").</summary>
    private static readonly WordSet FiniteVerbs = new([.. FiniteAuxiliaries, "remains", "remain", "seems", "seem"]);

    /// <summary>A finite verb at <paramref name="k"/>, after at most one "-ly" adverb: "is", "would", "illustrates", "wanted".</summary>
    /// <param name="irregularPast">Whether "said", "told", "went" … count as well.</param>
    internal static bool OpensPredicate(Document doc, int k, int limit, bool irregularPast = false)
    {
        if (k < limit && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).EndsWith("ly", StringComparison.Ordinal)) k++;
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        return FiniteVerbs.Contains(w) || w.Length > 4 && (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
               || irregularPast && IndirectCues.IrregularPastForms.Contains(w);
    }

    private static readonly WordSet Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private static readonly WordSet Occasions = new(["interview", "statement", "speech", "news", "press", "rally", "debate", "town", "forum", "campaign", "radio", "television", "TV", "tweet", "letter", "post", "video"]);

    /// <summary>"on Friday", "last week", "during …", "yesterday", "at a news conference", "in an interview".</summary>
    private static bool TimeOrOccasionAdverbial(Document doc, int j, int limit)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        if (doc.WordIs(j, "during") || doc.WordIs(j, "yesterday") || doc.WordIs(j, "earlier")) return true;
        if (j + 1 >= limit) return false;
        if ((doc.WordIs(j, "on") || doc.WordIs(j, "last") || doc.WordIs(j, "this")) && Weekdays.Contains(doc.Word(j + 1))) return true;
        if ((doc.WordIs(j, "last") || doc.WordIs(j, "this")) && (doc.WordIs(j + 1, "week") || doc.WordIs(j + 1, "month") || doc.WordIs(j + 1, "year") || doc.WordIs(j + 1, "night"))) return true;
        if (DateAdverbial.StartsAt(doc, j, limit)) return true;
        return (doc.WordIs(j, "at") || doc.WordIs(j, "in")) && (doc.WordIs(j + 1, "a") || doc.WordIs(j + 1, "an")) && j + 2 < limit && Occasions.Contains(doc.Word(j + 2));
    }

    /// <summary>The token after "on Friday", "Friday", "yesterday", "last week", "earlier this month" at <paramref name="k"/>, or -1.</summary>
    private static readonly WordSet SocialMedia = new(["Twitter", "Facebook", "Instagram"]);

    private static readonly WordSet DayParts = new(["night", "morning", "afternoon", "evening"]);

    /// <summary>"Thursday night": past a part of the day after a weekday ending at <paramref name="k"/>.</summary>
    private static int DayPart(Document doc, int k, int limit) => k < limit && DayParts.Contains(doc.Word(k)) ? k + 1 : k;

    private static int AfterTimeAdverbial(Document doc, int k, int limit)
    {
        if (k + 1 >= limit || doc.Tokens[k].Kind != TokenKind.Word) return -1;
        // "said in a statement Thursday night they …", "wrote in an email on Friday the plan …", "said on Twitter he …":
        // the occasion of the saying, then perhaps its time.
        if (doc.WordIs(k, "in") && k + 2 < limit && (doc.WordIs(k + 1, "a") || doc.WordIs(k + 1, "an")) && IndirectCues.OccasionNouns.Contains(doc.Word(k + 2))
            || doc.WordIs(k, "on") && SocialMedia.Contains(doc.Word(k + 1)))
        {
            var occasionEnd = doc.WordIs(k, "in") ? k + 3 : k + 2;
            return AfterTimeAdverbial(doc, occasionEnd, limit) is var timed and > 0 ? timed : occasionEnd;
        }
        if (doc.WordIs(k, "on") && Weekdays.Contains(doc.Word(k + 1))) return DayPart(doc, k + 2, limit);
        if (Weekdays.Contains(doc.Word(k))) return DayPart(doc, k + 1, limit);
        if (doc.WordIs(k, "yesterday") || doc.WordIs(k, "today") || doc.WordIs(k, "tonight")) return k + 1;
        if (doc.WordIs(k, "earlier") || doc.WordIs(k, "later")) k++;
        if (k + 1 < limit && (doc.WordIs(k, "last") || doc.WordIs(k, "this")) && (doc.WordIs(k + 1, "week") || doc.WordIs(k + 1, "month") || doc.WordIs(k + 1, "year") || doc.WordIs(k + 1, "night") || doc.WordIs(k + 1, "weekend") || doc.WordIs(k + 1, "morning") || doc.WordIs(k + 1, "afternoon") || doc.WordIs(k + 1, "evening")))
            return k + 2;
        return -1;
    }

    private static bool StartsNewSubject(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word) return false;
        var w = doc.Word(k);
        return w is "he" or "she" or "they" or "we" or "I" || t.IsCapitalized && !WordLists.NotNameWords.Contains(w) || doc.MentionAt[k] >= 0
               || CueAfterShortSubject(doc, k) || FiniteVerbAfterDeterminer(doc, k);
    }

    private static readonly WordSet SubjectOpeners = new(["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "many", "some", "most", "it", "there"]);

    private static readonly WordSet FiniteWords = new(FiniteAuxiliaries);

    /// <summary>"…, and the market did …", "…, and there were none …", "…, and an article cited …": a determiner phrase then its finite verb.</summary>
    private static bool FiniteVerbAfterDeterminer(Document doc, int k)
    {
        if (!SubjectOpeners.Contains(doc.Word(k)) || doc.Tokens[k].IsCapitalized) return false;
        for (var j = k + 1; j < doc.Tokens.Count && j <= k + 5; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            var w = doc.Word(j);
            // "the share of voters who accepted …": the verb of a relative clause is no verb of the phrase.
            if (w is "who" or "which" or "that") return false;
            if (FiniteWords.Contains(w) || j > k + 1 && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"…, and human rights groups warned that …": a short lower-case noun phrase followed by a verb of saying.</summary>
    private static bool CueAfterShortSubject(Document doc, int k)
    {
        for (var j = k + 1; j < doc.Tokens.Count && j <= k + 4; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
            var w = doc.Word(j);
            if (SpeechCues.IsVerbOfSaying(w) && !w.EndsWith("ing", StringComparison.Ordinal)) return true;
            if (IndirectCues.NotInSource.Contains(w)) return false;
        }
        return false;
    }

    /// <summary>"… and added …", "… and warn that …": a second cue of the same subject.</summary>
    private static readonly WordSet PredicateAdverbs = new(["then", "later", "also", "once", "again", "even", "still", "now", "repeatedly", "quickly"]);

    /// <summary>A verb agreeing with the subject after "and" at <paramref name="k"/> (after an adverb or two): a past form or an auxiliary.</summary>
    private static bool SecondPredicate(Document doc, int k, int limit)
    {
        for (var skipped = 0; skipped < 2 && k + 1 < limit && PredicateAdverbs.Contains(doc.Word(k)); skipped++) k++;
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        // Not a form in -s: "her dealings and favors to donors" holds a noun there as often as a verb.
        return IndirectCues.IrregularPastForms.Contains(w) || w is "was" or "were" or "would" or "will" || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    private const int MaxNewSourceWords = 3;

    /// <summary>
    /// A short source at <paramref name="k"/> (a subject pronoun, a capitalised name, a determiner and a few lower-case
    /// words, or a bare plural before a verb of saying) followed by a cue verb: "Talosig feared that", "the mayor said",
    /// "they warned", "utility officials say"; not a verb going on from the subject before ("but did note that …").
    /// </summary>
    private static bool NewSourceCue(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word) return false;
        var t = doc.Tokens[k];
        if (SubjectPronouns.Contains(doc.Word(k)) && !t.IsCapitalized) return IsCueVerb(doc, k + 1, limit);
        var name = t.IsCapitalized && !WordLists.NotNameWords.Contains(doc.Word(k));
        // "while utility representatives say …": a bare lower-case noun phrase before a verb of saying.
        if (!name && !SubjectOpeners.Contains(doc.Word(k))) return !t.IsCapitalized && !NoListWords.Contains(doc.Word(k)) && CueAfterShortSubject(doc, k);
        for (var j = k + 1; j < limit && j <= k + MaxNewSourceWords; j++)
        {
            if (IsCueVerb(doc, j, limit)) return true;
            if (doc.Tokens[j].Kind != TokenKind.Word || (name ? !doc.Tokens[j].IsCapitalized : doc.Tokens[j].IsCapitalized)) return false;
        }
        return false;
    }

    private static bool IsCueVerb(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        return SpeechCues.Verbs.Contains(w) && !w.EndsWith("ing", StringComparison.Ordinal) || IndirectCues.ThatVerbs.Contains(w) && doc.WordIs(k + 1, "that");
    }

    public static int TrimEnd(Document doc, int first, int end)
    {
        first = Math.Max(first, end - MaxClauseTokens);
        // A question keeps its mark; other closing punctuation is no part of the reported words.
        while (end > first && doc.Tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote && !doc.IsPunct(end - 1, ')') && !doc.IsPunct(end - 1, '?')) end--;
        return end;
    }

    /// <summary>Whether more than <paramref name="max"/> words follow <paramref name="from"/> before <paramref name="end"/> (looks at most max + 1 words).</summary>
    public static bool MoreWordsThan(Document doc, int from, int end, int max)
    {
        var words = 0;
        for (var k = from; k < end && k < from + MaxClauseTokens; k++)
        {
            if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && ++words > max) return true;
        }
        return false;
    }

    public static bool HasQuoteMark(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++) if (doc.Tokens[k].Kind == TokenKind.Quote) return true;
        return false;
    }
}
