using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Quotes.Indirect;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Coreference;

/// <summary>
/// Turns the source phrase next to a speech cue into a speaker: a named person, organisation or state,
/// a pronoun or role noun resolved to the person it refers to, or an anonymous description
/// ("sources close to the matter") with no entity. The mention returned is the one nearest the cue.
/// </summary>
public static class SpeakerResolver
{
    private const int PronounWindow = 1500;

    /// <summary>Resolves the phrase [first, end); <paramref name="fromRight"/> when the phrase stands before its cue.</summary>
    public static ExtractedSpeaker Resolve(Document doc, int first, int end, bool fromRight)
    {
        var speaker = ResolvePhrase(doc, first, end, fromRight);
        if (speaker.EntityId is { } id && doc.People.ContainsKey(id)) doc.SpeakerTrail.Add((first, id));
        return speaker;
    }

    private static bool PersonRightAfter(Document doc, int j, int end) =>
        j + 1 < end && doc.MentionAt[j + 1] is var pm and >= 0 && doc.Mentions[pm].Kind == MentionKind.Person && doc.Mentions[pm].FirstToken == j + 1;

    private static ExtractedSpeaker ResolvePhrase(Document doc, int first, int end, bool fromRight)
    {
        if (end <= first) return ExtractedSpeaker.Unknown;
        // "Attorney General X, one of the officials suing, said": a person named just before the first comma is
        // the head of the phrase; what follows describes them.
        for (var c = first + 1; c < end; c++)
        {
            if (!doc.IsPunct(c, ',')) continue;
            var pm = doc.MentionAt[c - 1];
            if (pm >= 0 && doc.Mentions[pm].Kind == MentionKind.Person && doc.Mentions[pm].EndToken == c && doc.Mentions[pm].FirstToken >= first)
            {
                var mention = doc.Mentions[pm];
                return new ExtractedSpeaker(mention.EntityId, doc.NameOf(mention.EntityId), doc.SpanOf(mention.FirstToken, mention.EndToken), null);
            }
            if (IsUnknownFullName(doc, first, c)) return UnknownName(doc, first, c);
            break;
        }
        // A named person anywhere in the phrase is the speaker, the one nearest the cue first:
        // "said Japanese Foreign Minister Kenji Sato", "Sen. Ted Cruz (R-Texas), a candidate, said".
        for (var n = 0; n < end - first; n++)
        {
            var j = fromRight ? end - 1 - n : first + n;
            var pm = doc.MentionAt[j];
            if (pm >= 0 && doc.Mentions[pm].Kind == MentionKind.Person && !IsSubjectPronoun(doc.Word(j)))
            {
                var mention = doc.Mentions[pm];
                return new ExtractedSpeaker(mention.EntityId, doc.NameOf(mention.EntityId), doc.SpanOf(mention.FirstToken, mention.EndToken), null);
            }
            // "said Capital Economics analyst Hugo Navarro": a role word right before a name is that person's title, no head of its own.
            if (doc.Tokens[j].Kind == TokenKind.Word && (IsSubjectPronoun(doc.Word(j)) || WordLists.AnonymousHeads.Contains(doc.Word(j)) && !doc.Tokens[j].IsCapitalized && !PersonRightAfter(doc, j, end))) break;
        }
        var step = fromRight ? -1 : 1;
        var k = fromRight ? end - 1 : first;
        for (var n = 0; n < end - first; n++, k += step)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            var m = doc.MentionAt[k];
            if (m >= 0)
            {
                var mention = doc.Mentions[m];
                // A demonym or state before a noun ("Chinese officials") is no speaker by itself.
                if (mention.Kind != MentionKind.Person && HasAnonymousHeadAfter(doc, mention.EndToken, end)) return Anonymous(doc, first, end);
                if (mention.Kind == MentionKind.State && mention.EndToken < end && doc.Tokens[mention.EndToken].Kind == TokenKind.Word && (!doc.Tokens[mention.EndToken].Is(TokenFlags.Clitic) || OwnBodyAfter(doc, mention.EndToken + 1, end))) { if (!fromRight) { k = mention.EndToken - 1; n += mention.EndToken - mention.FirstToken - 1; } continue; }
                return new ExtractedSpeaker(mention.EntityId, doc.NameOf(mention.EntityId), doc.SpanOf(mention.FirstToken, mention.EndToken), null);
            }
            var w = doc.Word(k);
            if (IsSubjectPronoun(w)) return Pronoun(doc, k);
            if (Titles.RoleNouns.Contains(w) && !t.IsCapitalized || Titles.RoleNouns.Contains(w) && k > first && doc.WordIs(k - 1, "the"))
            {
                var start = RoleStart(doc, k, first);
                // "the vice-presidential nominee", "an ex-governor": a compound role is not the holder of the plain one.
                var compound = start - 1 > first && doc.IsPunct(start - 1, '-') && doc.Tokens[start - 1].Is(TokenFlags.Glued) && (doc.WordIs(start - 2, "vice") || doc.WordIs(start - 2, "ex"));
                var holder = compound ? null : RoleHolder(doc, w, start, stateId: StateBefore(doc, start, k));
                if (holder is not null) return new ExtractedSpeaker(holder.Id, holder.Name, doc.SpanOf(start, k + 1), null);
                if (WordLists.AnonymousHeads.Contains(w)) return Anonymous(doc, first, end);
                return new ExtractedSpeaker(null, null, doc.SpanOf(start, k + 1), doc.TextOf(start, k + 1));
            }
            // "Officials said", "Polls show": a group noun opening the sentence is capitalised only for that.
            if (WordLists.AnonymousHeads.Contains(w) && (!t.IsCapitalized || doc.Sentences[doc.SentenceOf[k]].FirstToken == k)) return Anonymous(doc, first, end);
            // "in Concord, New Hampshire, said": a state next to a cue is a place, never a person.
            if (UsStates.Names(doc, k, k + 1)) continue;
            // "A spokesperson for the embassy in Tokyo said": a place the gazetteer knows is no person either.
            if (t.IsCapitalized && NamesAPlace(doc, k)) continue;
            if (t.IsCapitalized && !WordLists.NotNameWords.Contains(w) && !NameShape.LooksLikeNoName(w) && !t.Is(TokenFlags.AllCaps | TokenFlags.Clitic) && w.Length > 1)
            {
                // An unknown capitalised name next to a cue is a person ("Pence said").
                var nameStart = k;
                var nameEnd = k + 1;
                if (fromRight)
                {
                    for (var words = 1; words < 4; words++)
                    {
                        // "Oscar de la Hoya said": up to two particles between capitalised parts.
                        var p = nameStart - 1;
                        while (p >= first && p >= nameStart - 2 && NameScanner.IsParticle(doc, p)) p--;
                        if (p < first || !doc.Tokens[p].IsCapitalized || doc.Tokens[p].Kind != TokenKind.Word
                            || WordLists.NotNameWords.Contains(doc.Word(p)) || doc.MentionAt[p] >= 0) break;
                        nameStart = p;
                    }
                }
                else
                {
                    nameEnd = Math.Max(k + 1, NameScanner.Scan(doc, k, end));
                }
                return UnknownName(doc, nameStart, nameEnd);
            }
        }
        return new ExtractedSpeaker(null, null, doc.SpanOf(first, end), doc.TextOf(first, end));
    }

    /// <summary>A name no list knows, standing as a source: an organisation when it ends in one's head word ("… Institute"), else a person.</summary>
    private static ExtractedSpeaker UnknownName(Document doc, int nameStart, int nameEnd)
    {
        if (Organizations.OrganizationHeads.Contains(doc.Word(nameEnd - 1)))
        {
            var org = new Organization(Domain.Ids.NodeIds.Organization(doc.TextOf(nameStart, nameEnd)), doc.TextOf(nameStart, nameEnd), [], null);
            doc.OtherEntities.TryAdd(org.Id, org);
            doc.Mentions.Add(new EntityMention(nameStart, nameEnd, org.Id, MentionKind.Organization));
            for (var x = nameStart; x < nameEnd; x++) doc.MentionAt[x] = doc.Mentions.Count - 1;
            return new ExtractedSpeaker(org.Id, org.Name, doc.SpanOf(nameStart, nameEnd), null);
        }
        var person = NewPerson(doc, nameStart, nameEnd);
        return new ExtractedSpeaker(person.Id, person.Name, doc.SpanOf(nameStart, nameEnd), null);
    }

    /// <summary>A person found after the mention stage: added, and indexed so later stages see the mention.</summary>
    private static PersonInfo NewPerson(Document doc, int first, int end)
    {
        var person = MentionRecognizer.AddPerson(doc, first, end, null);
        for (var x = first; x < end; x++) doc.MentionAt[x] = doc.Mentions.Count - 1;
        return person;
    }

    /// <summary>
    /// "Rishi Sunak, the opposition leader, said": two to four capitalised words no stage took for an entity, opening the
    /// phrase and closed by the comma of a lower-case aside, are a full name even when no given-name list knows its first word.
    /// </summary>
    private static bool IsUnknownFullName(Document doc, int first, int comma)
    {
        if (comma - first is < 2 or > 4 || comma + 1 >= doc.Tokens.Count || doc.Tokens[comma + 1].Kind != TokenKind.Word || doc.Tokens[comma + 1].IsCapitalized) return false;
        for (var k = first; k < comma; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.Is(TokenFlags.AllCaps | TokenFlags.Clitic) || doc.MentionAt[k] >= 0) return false;
            var w = doc.Word(k);
            if (w.Length < 2 || WordLists.NotNameWords.Contains(w) || NameShape.LooksLikeNoName(w) || Titles.RoleNouns.Contains(w)) return false;
        }
        return !UsStates.Names(doc, first, comma);
    }

    private static bool HasAnonymousHeadAfter(Document doc, int from, int end)
    {
        for (var k = from; k < end && k < from + 3; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && WordLists.AnonymousHeads.Contains(doc.Word(k))) return true;
        }
        return false;
    }

    private static ExtractedSpeaker Anonymous(Document doc, int first, int end) =>
        new(null, null, doc.SpanOf(first, end), doc.TextOf(first, end));

    public static bool IsSubjectPronoun(ReadOnlySpan<char> w) =>
        w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
        || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("I", StringComparison.Ordinal)
        || w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>he/she → the most recent compatible person outside quotes; they/it/we → the most recent organisation or state.</summary>
    private static ExtractedSpeaker Pronoun(Document doc, int k)
    {
        var w = doc.Word(k);
        var span = doc.SpanOf(k, k + 1);
        var male = w.Equals("he", StringComparison.OrdinalIgnoreCase);
        var female = w.Equals("she", StringComparison.OrdinalIgnoreCase);
        var person = male || female || w.Equals("I", StringComparison.Ordinal);
        if (person && SentenceSubject(doc, k) is { } subject && !(male && subject.Gender == Gender.Female || female && subject.Gender == Gender.Male))
            return new ExtractedSpeaker(subject.Id, subject.Name, span, null);
        // "Smith left the panel. He said …": the person opening the previous sentence, when the subject changed since the last speaker.
        if ((male || female) && PreviousSentenceSubject(doc, k) is { } previous && !(male && previous.Gender == Gender.Female || female && previous.Gender == Gender.Male))
            return new ExtractedSpeaker(previous.Id, previous.Name, span, null);
        if ((male || female) && UnknownPreviousSubject(doc, k, male ? Gender.Male : Gender.Female) is { } named)
            return new ExtractedSpeaker(named.Id, named.Name, span, null);
        if (person && LastSpeaker(doc, k) is { } last && !(male && last.Gender == Gender.Female || female && last.Gender == Gender.Male))
            return new ExtractedSpeaker(last.Id, last.Name, span, null);
        if (w.Equals("they", StringComparison.OrdinalIgnoreCase) && OpeningClauseSubject(doc, k) is var (sf, se) && se > sf)
        {
            var group = ResolvePhrase(doc, sf, se, fromRight: false);
            return new ExtractedSpeaker(group.EntityId, group.Name, span, group.EntityId is null ? doc.TextOf(sf, se) : null);
        }
        var stop = Math.Max(0, k - PronounWindow);
        for (var j = k - 1; j >= stop; j--)
        {
            var m = doc.MentionAt[j];
            if (m < 0 || doc.InQuote[j]) continue;
            var mention = doc.Mentions[m];
            j = mention.FirstToken;
            if (person)
            {
                if (mention.Kind != MentionKind.Person || !doc.People.TryGetValue(mention.EntityId, out var p)) continue;
                if (male && p.Gender == Gender.Female || female && p.Gender == Gender.Male) continue;
                return new ExtractedSpeaker(p.Id, p.Name, span, null);
            }
            if (mention.Kind == MentionKind.Organization)
                return new ExtractedSpeaker(mention.EntityId, doc.NameOf(mention.EntityId), span, null);
        }
        return new ExtractedSpeaker(null, null, span, w.ToString());
    }

    /// <summary>
    /// "While many nations, including the US, do not acknowledge Taiwan …, they oppose …": "they" opening the main clause
    /// after an opening subordinate clause is that clause's subject, a short plural noun phrase followed by an aside;
    /// else an empty range.
    /// </summary>
    private static (int First, int End) OpeningClauseSubject(Document doc, int k)
    {
        if (!doc.IsPunct(k - 1, ',')) return (0, 0);
        var s = doc.Sentences[doc.SentenceOf[k]];
        var (first, end) = OpeningClause.SubjectBeforeFirstComma(doc, s, k);
        // The subject is told from the whole clause by the aside after it: its comma is not the one before "they"
        // ("Unless countries develop more ambitious plans, they say" names no subject this way).
        if (end <= first || end == k - 1) return (0, 0);
        var head = doc.Word(end - 1);
        return head.EndsWith('s') || WordLists.AnonymousHeads.Contains(head) ? (first, end) : (0, 0);
    }

    /// <summary>"Clinton says she …": a person named at the start of the pronoun's own sentence.</summary>
    private static PersonInfo? SentenceSubject(Document doc, int k)
    {
        var s = doc.Sentences[doc.SentenceOf[k]];
        for (var j = s.FirstToken; j < k && j < s.FirstToken + 6; j++)
        {
            var m = doc.MentionAt[j];
            if (doc.InQuote[j]) return null;
            if (m < 0) continue;
            if (ModifiesTitledName(doc, m)) { j = doc.Mentions[m].EndToken - 1; continue; }
            return doc.Mentions[m].Kind == MentionKind.Person ? doc.People.GetValueOrDefault(doc.Mentions[m].EntityId) : null;
        }
        return null;
    }

    /// <summary>"Hungarian Prime Minister Viktor Orban", "NATO Secretary General …": a state or organisation right before a title and the name it carries.</summary>
    private static bool ModifiesTitledName(Document doc, int m)
    {
        var mention = doc.Mentions[m];
        if (mention.Kind == MentionKind.Person) return false;
        var next = mention.EndToken;
        if (next >= doc.Tokens.Count || doc.Tokens[next].Is(TokenFlags.Clitic)) return false;
        for (var j = next; j < next + 4 && j < doc.Tokens.Count && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized; j++)
        {
            var pm = doc.MentionAt[j];
            if (pm >= 0) return doc.Mentions[pm].Kind == MentionKind.Person;
        }
        return false;
    }

    /// <summary>A person named at the start of the sentence before the pronoun's (of this or the previous paragraph).</summary>
    private static PersonInfo? PreviousSentenceSubject(Document doc, int k)
    {
        var si = doc.SentenceOf[k];
        if (si == 0 || doc.Sentences[si].Paragraph - doc.Sentences[si - 1].Paragraph > 1) return null;
        var s = doc.Sentences[si - 1];
        for (var j = s.FirstToken; j < s.EndToken && j < s.FirstToken + 6; j++)
        {
            var m = doc.MentionAt[j];
            if (doc.InQuote[j] || doc.Tokens[j].Kind == TokenKind.Quote) return null;
            if (m < 0) continue;
            if (ModifiesTitledName(doc, m)) { j = doc.Mentions[m].EndToken - 1; continue; }
            return doc.Mentions[m].Kind == MentionKind.Person ? doc.People.GetValueOrDefault(doc.Mentions[m].EntityId) : null;
        }
        return null;
    }

    /// <summary>
    /// "Olaf Scholz arrived in Kyiv on Monday. “…,” he told Reuters.": the previous sentence opens with a name no stage
    /// knew (two or three capitalised words, then a lower-case word), whose first word is a given name of the pronoun's
    /// gender; it becomes the person. The name lists that decide what a mention is leave out many names from abroad.
    /// </summary>
    private static PersonInfo? UnknownPreviousSubject(Document doc, int k, Gender gender)
    {
        var si = doc.SentenceOf[k];
        if (si == 0 || doc.Sentences[si].Paragraph - doc.Sentences[si - 1].Paragraph > 1) return null;
        var s = doc.Sentences[si - 1];
        var end = s.FirstToken;
        while (end < s.EndToken && end - s.FirstToken < 3 && doc.Tokens[end].Kind == TokenKind.Word && doc.Tokens[end].IsCapitalized
               && !doc.Tokens[end].Is(TokenFlags.AllCaps | TokenFlags.Clitic) && doc.MentionAt[end] < 0
               && !WordLists.NotNameWords.Contains(doc.Word(end)) && !NameShape.LooksLikeNoName(doc.Word(end))) end++;
        if (end - s.FirstToken < 2 || end >= s.EndToken || doc.Tokens[end].Kind != TokenKind.Word || doc.Tokens[end].IsCapitalized) return null;
        if (!NameGenders.TryGet(doc.Word(s.FirstToken), out var known) || known != gender || Organizations.OrganizationHeads.Contains(doc.Word(end - 1))) return null;
        return NewPerson(doc, s.FirstToken, end);
    }

    /// <summary>The speaker most recently resolved before token <paramref name="k"/>, within this or the two previous paragraphs.</summary>
    private static PersonInfo? LastSpeaker(Document doc, int k)
    {
        var best = -1;
        string? id = null;
        foreach (var (token, personId) in doc.SpeakerTrail)
        {
            if (token < k && token > best) { best = token; id = personId; }
        }
        if (id is null || doc.Sentences[doc.SentenceOf[k]].Paragraph - doc.Sentences[doc.SentenceOf[best]].Paragraph > 2) return null;
        return doc.People.GetValueOrDefault(id);
    }

    private static int RoleStart(Document doc, int k, int first)
    {
        var start = k;
        while (start - 1 >= first && start > k - 4)
        {
            var prev = doc.Tokens[start - 1];
            if (prev.Kind != TokenKind.Word) break;
            start--;
            if (doc.WordIs(start, "the") || doc.WordIs(start, "a") || doc.WordIs(start, "an")) break;
        }
        return start;
    }

    /// <summary>
    /// The person of the article holding a role with this noun, the most recently mentioned first; with
    /// <paramref name="headOnly"/> only a role the noun ends ("Senator", not "Presidential Candidate" for "president").
    /// </summary>
    /// <remarks>
    /// With <paramref name="stateId"/> ("the Chinese president", "Japan's prime minister") only a holder affiliated with that
    /// state: in an article naming Xi Jinping and Joe Biden, "the Chinese president" was Biden, the president last named.
    /// "Leader" is held by any head of state or government ("the Chinese leader").
    /// </remarks>
    internal static PersonInfo? RoleHolder(Document doc, ReadOnlySpan<char> nounSpan, int before, bool headOnly = false, string? stateId = null)
    {
        var noun = nounSpan.ToString();
        var leader = stateId is not null && noun.Equals("leader", StringComparison.OrdinalIgnoreCase);
        bool Holds(string role) => leader ? HeadRoles.Contains(role) && !IsDeputyOrFormer(role) : headOnly
            ? role.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && (role.Length == noun.Length || role[^(noun.Length + 1)] == ' ') && !IsDeputyOrFormer(role)
            : role.Contains(noun, StringComparison.OrdinalIgnoreCase);
        // Of the state's own holders first; then of those with no state at all (US news rarely writes "US Senator"), never
        // of another state's.
        return stateId is null ? Latest(doc, before, p => p.Roles.Any(Holds))
            : Latest(doc, before, p => p.Roles.Any(Holds) && StateOf(doc, p) == stateId)
              ?? Latest(doc, before, p => p.Roles.Any(Holds) && StateOf(doc, p) is null);
    }

    /// <summary>The person meeting <paramref name="fits"/> mentioned last before token <paramref name="before"/>, else any such person of the article.</summary>
    private static PersonInfo? Latest(Document doc, int before, Func<PersonInfo, bool> fits)
    {
        PersonInfo? any = null;
        foreach (var p in doc.People.Values)
        {
            if (fits(p)) { any = p; break; }
        }
        if (any is null) return null;
        for (var j = before - 1; j >= 0; j--)
        {
            var m = doc.MentionAt[j];
            if (m < 0 || doc.Mentions[m].Kind != MentionKind.Person) continue;
            if (doc.People.TryGetValue(doc.Mentions[m].EntityId, out var p) && fits(p)) return p;
        }
        return any;
    }

    /// <summary>The state a person's role was given with ("Chinese President Xi Jinping" → CN), or null.</summary>
    internal static string? StateOf(Document doc, PersonInfo p)
    {
        foreach (var a in doc.Affiliations)
        {
            if (a.PersonId == p.Id && a.TargetId.StartsWith("state:", StringComparison.Ordinal)) return a.TargetId;
        }
        return null;
    }

    private static readonly WordSet HeadRoles = new(["President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Supreme Leader", "Leader", "Emperor"]);

    /// <summary>The state named between a role phrase's start and its noun: "the Chinese president", "Japan's prime minister".</summary>
    internal static string? StateBefore(Document doc, int start, int noun)
    {
        for (var j = start; j < noun; j++)
        {
            var m = doc.MentionAt[j];
            if (m >= 0 && doc.Mentions[m].Kind == MentionKind.State) return doc.Mentions[m].EntityId;
        }
        return null;
    }

    /// <summary>"Vice President", "Deputy Secretary", "Former Governor": not who "the president" or "the governor" is.</summary>
    private static bool IsDeputyOrFormer(string role) =>
        role.StartsWith("Vice", StringComparison.OrdinalIgnoreCase) || role.StartsWith("Deputy", StringComparison.OrdinalIgnoreCase)
        || role.StartsWith("Former", StringComparison.OrdinalIgnoreCase) || role.StartsWith("Ex", StringComparison.OrdinalIgnoreCase) && role.Length > 2 && !char.IsLetter(role[2]);

    /// <summary>"South Korea's military said": the organisation after the state's possessive is the speaker (<see cref="StateBody"/>).</summary>
    private static bool OwnBodyAfter(Document doc, int k, int end) =>
        k < end && doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].Kind == MentionKind.Organization;

    /// <summary>Whether token <paramref name="k"/> is inside a state, demonym or capital of the gazetteer ("Tokyo", "San Francisco").</summary>
    private static bool NamesAPlace(Document doc, int k)
    {
        for (var start = Math.Max(0, k - 2); start <= k; start++)
        {
            if (CountryGazetteer.Instance.Matcher.Match(doc.Text, doc.Tokens, start, doc.Tokens.Count, out _) > k - start) return true;
        }
        return false;
    }
}
