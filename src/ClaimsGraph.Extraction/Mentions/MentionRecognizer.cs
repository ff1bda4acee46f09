using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Mentions;

/// <summary>
/// Finds states, organisations and people. People need evidence: a title or role before the name
/// ("Japanese Prime Minister Fumio Kishida"), an honorific, or a known given name followed by a
/// capitalised word; a later surname alone ("Emanuel") then refers to the full name.
/// </summary>
public static class MentionRecognizer
{
    private static readonly WordSet Locatives = new(["in", "at", "to", "from", "near", "into", "visit", "visited", "visiting", "visits", "outside", "around", "across", "toward", "towards", "via", "back", "arrived", "arrive", "left", "leave", "leaving", "flew", "fly", "trip", "of"]);

    public static void Run(Document doc)
    {
        foreach (var sentence in doc.Sentences) ScanSentence(doc, sentence);
        doc.IndexMentions();
        ResolveShortNames(doc);
        doc.IndexMentions();
    }

    private static void ScanSentence(Document doc, Sentence s)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var i = s.FirstToken;
        while (i < s.EndToken)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Is(TokenFlags.Clitic)) { i++; continue; }
            if (!t.IsCapitalized)
            {
                var lowerRole = Titles.RoleMatcher.Match(text, tokens, i, s.EndToken, out var role);
                if (lowerRole > 0 && TryTitledName(doc, i, lowerRole, role, s, out var next)) { i = next; continue; }
                i++;
                continue;
            }
            var orgLength = Organizations.Matcher.Match(text, tokens, i, s.EndToken, out var org);
            // "Senate Intelligence Committee": a listed body that opens a longer body's name is part of it.
            if (orgLength > 0 && OrganizationPattern.Match(doc, i, s.EndToken) > orgLength) orgLength = 0;
            if (orgLength > 0)
            {
                AddOther(doc, i, i + orgLength, org, MentionKind.Organization);
                i += orgLength;
                continue;
            }
            var roleLength = Titles.RoleMatcher.Match(text, tokens, i, s.EndToken, out var title);
            if (roleLength > 0 && TryTitledName(doc, i, roleLength, title, s, out var afterTitle)) { i = afterTitle; continue; }
            var stateLength = CountryGazetteer.Instance.Matcher.Match(text, tokens, i, s.EndToken, out var state);
            if (stateLength > 0)
            {
                if (IsStateUse(doc, i, stateLength, state.Kind, s))
                {
                    var stateEntity = CountryGazetteer.Instance.Get(state.Code);
                    AddOther(doc, i, i + stateLength, stateEntity, MentionKind.State);
                    // "South Korea's military", "the Philippine coast guard": the state's body follows.
                    if (StateBody.Match(doc, i + stateLength, s.EndToken, out var bodyFirst, out var bodyKind) is var bodyEnd and > 0)
                    {
                        AddOther(doc, bodyFirst, bodyEnd, StateBody.Of(doc, stateEntity.Id, bodyFirst, bodyEnd, bodyKind), MentionKind.Organization);
                        i = bodyEnd;
                        continue;
                    }
                }
                i += stateLength;
                continue;
            }
            var bodyLength = OrganizationPattern.Match(doc, i, s.EndToken);
            if (bodyLength > 0)
            {
                AddOther(doc, i, i + bodyLength, GovernmentBody(doc, i, i + bodyLength), MentionKind.Organization);
                i += bodyLength;
                continue;
            }
            var word = doc.Word(i);
            if (Titles.Honorifics.Contains(word))
            {
                var nameStart = doc.IsPunct(i + 1, '.') ? i + 2 : i + 1;
                var nameEnd = NameScanner.Scan(doc, nameStart, s.EndToken);
                if (nameEnd > nameStart)
                {
                    var person = AddPerson(doc, nameStart, nameEnd, null);
                    if (person.Gender == Gender.Unknown)
                        person.Gender = word.StartsWith("Mr", StringComparison.Ordinal) && word.Length <= 3 && !word.StartsWith("Mrs", StringComparison.Ordinal) ? Gender.Male : word.StartsWith("M", StringComparison.Ordinal) ? Gender.Female : Gender.Unknown;
                    i = nameEnd;
                    continue;
                }
            }
            if (GivenNames.Instance.TryGet(word, out _) && !WordLists.NotNameWords.Contains(word))
            {
                var end = NameScanner.Scan(doc, i, s.EndToken);
                if (end - i >= 2 && !(end - i == 2 && IsOrganisationHead(doc, end - 1)))
                {
                    AddPerson(doc, i, end, null);
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    private static bool IsOrganisationHead(Document doc, int token) => Organizations.OrganizationHeads.Contains(doc.Word(token));

    /// <summary>A role before a name: "Prime Minister Fumio Kishida", "ambassador to Japan Rahm Emanuel".</summary>
    private static bool TryTitledName(Document doc, int i, int roleLength, string role, Sentence s, out int next)
    {
        next = i + roleLength;
        var tokens = doc.Tokens;
        var j = i + roleLength;
        var mentionsBefore = doc.Mentions.Count;
        var target = AffiliationBefore(doc, i);
        string? toState = null;
        if ((role is "Ambassador" or "Envoy") && doc.WordIs(j, "to"))
        {
            var len = CountryGazetteer.Instance.Matcher.Match(doc.Text, tokens, j + 1, s.EndToken, out var st);
            if (len > 0)
            {
                AddOther(doc, j + 1, j + 1 + len, CountryGazetteer.Instance.Get(st.Code), MentionKind.State);
                toState = CountryGazetteer.Instance.Get(st.Code).Name;
                j += 1 + len;
            }
        }
        var end = doc.IsPunct(j, ',') ? j : NameScanner.Scan(doc, j, s.EndToken); // "the president, who …": no name follows
        // "Vice Premier He Lifeng", "spokesperson He Yadong": after a role, the Chinese surname He is no pronoun.
        if (end == j && j + 1 < s.EndToken && doc.Word(j) is "He" && NameScanner.Scan(doc, j + 1, s.EndToken) == j + 2 && !SpeechCues.Verbs.Contains(doc.Word(j + 1))) end = j + 2;
        if (end == j)
        {
            if (doc.Mentions.Count > mentionsBefore) next = j; // keep "to Japan" as a state mention
            return doc.Mentions.Count > mentionsBefore;
        }
        // A role followed by a lone capitalised word that is no known name is too weak ("Minister Says").
        if (end - j == 1 && role is "Leader" or "Host" or "Official" or "Author" or "Owner" or "Manager" or "Coach" or "Chair" or "Founder") return false;
        var fullRole = toState is null ? role : $"{role} to {toState}";
        var person = AddPerson(doc, j, end, fullRole);
        if (target is not null) doc.Affiliations.Add(new Affiliation(person.Id, target, fullRole));
        next = end;
        return true;
    }

    /// <summary>The state or organisation right before a role ("US President", "China’s Foreign Minister", "former US President").</summary>
    private static string? AffiliationBefore(Document doc, int roleStart)
    {
        var k = roleStart - 1;
        if (k >= 0 && doc.Tokens[k].Is(TokenFlags.Clitic)) k--;
        if (k >= 0 && (doc.WordIs(k, "former") || doc.WordIs(k, "then"))) k--;
        if (k < 0 || doc.Mentions.Count == 0) return null;
        var last = doc.Mentions[^1];
        return last.EndToken == k + 1 && last.Kind is MentionKind.State or MentionKind.Organization ? last.EntityId : null;
    }

    private static bool IsStateUse(Document doc, int i, int length, StateMentionKind kind, Sentence s)
    {
        var tokens = doc.Tokens;
        var end = i + length;
        var w = doc.Word(i);
        // "US" in a shouted line ("FOLLOW US …") is the pronoun.
        if (w is "US" && (i > s.FirstToken && tokens[i - 1].Is(TokenFlags.AllCaps) && tokens[i - 1].Length > 2 || end < s.EndToken && tokens[end].Is(TokenFlags.AllCaps) && tokens[end].Length > 2))
            return false;
        var nextCapitalized = end < s.EndToken && tokens[end].Kind == TokenKind.Word && tokens[end].IsCapitalized && !tokens[end].Is(TokenFlags.Clitic);
        var prevCapitalized = i > s.FirstToken && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].IsCapitalized && tokens[i - 1].End + 1 >= tokens[i].Start && i - 1 != s.FirstToken;
        if (kind == StateMentionKind.Name && nextCapitalized && Organizations.OrganizationHeads.Contains(doc.Word(end))) return false; // "China Daily" aside, "Japan Times"
        if (kind != StateMentionKind.Capital) return true;
        // A capital stands for its state as an actor ("claimed by Beijing"), not as a place ("a summit in Washington").
        if (nextCapitalized || prevCapitalized) return false;
        if (i > s.FirstToken && Locatives.Contains(doc.Word(i - 1))) return false;
        return true;
    }

    /// <summary>"the Chinese Foreign Ministry", "China’s Foreign Ministry" → "China Foreign Ministry": the state just before names whose body it is.</summary>
    private static Organization GovernmentBody(Document doc, int first, int end)
    {
        var name = doc.TextOf(first, end);
        var before = first - 1 >= 0 && doc.Tokens[first - 1].Is(TokenFlags.Clitic) ? first - 1 : first;
        if (doc.Mentions.Count > 0 && doc.Mentions[^1] is { Kind: MentionKind.State } state && state.EndToken == before)
            name = doc.NameOf(state.EntityId) + " " + name;
        return new Organization(NodeIds.Organization(name), name, [], "GOVERNMENT");
    }

    private static void AddOther(Document doc, int first, int end, Entity entity, MentionKind kind)
    {
        doc.OtherEntities.TryAdd(entity.Id, entity);
        doc.Mentions.Add(new EntityMention(first, end, entity.Id, kind));
    }

    public static PersonInfo AddPerson(Document doc, int first, int end, string? role)
    {
        // A name seen before is looked up by its span: most person mentions repeat one, and need no new string.
        var written = doc.Text.AsSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End - doc.Tokens[first].Start);
        string? name = null;
        if (!doc.PersonIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written, out var id))
        {
            name = CleanName(written.ToString());
            if (!doc.PersonIds.TryGetValue(name, out id)) doc.PersonIds[name] = id = NodeIds.Person(name);
        }
        if (!doc.People.TryGetValue(id, out var person))
        {
            name ??= CleanName(written.ToString());
            // A lone surname of someone already named is that person ("Biden" after "Joe Biden").
            if (end - first == 1 && FindBySurname(doc, name) is { } known) person = known;
            else
            {
                person = new PersonInfo(id, name);
                // A lone word is a surname ("Clinton" is a first name too), so only a full name tells the gender.
                if (end - first > 1 && NameGenders.TryGet(doc.Word(first), out var gender)) person.Gender = gender;
                doc.People[id] = person;
            }
        }
        if (role is not null && !person.Roles.Contains(role)) person.Roles.Add(role);
        doc.Mentions.Add(new EntityMention(first, end, person.Id, MentionKind.Person));
        return person;
    }

    private static PersonInfo? FindBySurname(Document doc, string surname)
    {
        PersonInfo? found = null;
        foreach (var p in doc.People.Values)
        {
            if (p.Name.Contains(' ') && p.Surname.Equals(surname, StringComparison.Ordinal))
            {
                if (found is not null && found != p) return null;
                found = p;
            }
        }
        return found;
    }

    private static string CleanName(string raw)
    {
        if (!raw.Contains('\n') && !raw.Contains("  ", StringComparison.Ordinal)) return raw;
        return string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Second pass: a capitalised word that is the surname (or unique given name) of a person named in
    /// full anywhere in the article refers to that person. Single-word people found before the full
    /// name was seen are merged into the full name.
    /// </summary>
    private static void ResolveShortNames(Document doc)
    {
        if (doc.People.Count == 0) return;
        var bySurname = new Dictionary<string, PersonInfo?>(StringComparer.Ordinal);
        var byGiven = new Dictionary<string, PersonInfo?>(StringComparer.Ordinal);
        foreach (var p in doc.People.Values.Where(p => p.Name.Contains(' ')))
        {
            bySurname[p.Surname] = bySurname.TryGetValue(p.Surname, out var other) && other != p ? null : p;
            byGiven[p.GivenName] = byGiven.TryGetValue(p.GivenName, out var g) && g != p ? null : p;
        }
        // Merge lone-word people into the full name that carries their word as surname.
        for (var m = 0; m < doc.Mentions.Count; m++)
        {
            var mention = doc.Mentions[m];
            if (mention.Kind != MentionKind.Person || !doc.People.TryGetValue(mention.EntityId, out var p) || p.Name.Contains(' ')) continue;
            if (bySurname.GetValueOrDefault(p.Name) is { } full)
            {
                doc.Mentions[m] = mention with { EntityId = full.Id };
                foreach (var r in p.Roles.Where(r => !full.Roles.Contains(r))) full.Roles.Add(r);
                for (var a = 0; a < doc.Affiliations.Count; a++)
                    if (doc.Affiliations[a].PersonId == p.Id) doc.Affiliations[a] = doc.Affiliations[a] with { PersonId = full.Id };
                doc.People.Remove(p.Id);
            }
        }
        var surnames = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        var givens = byGiven.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || doc.MentionAt[i] >= 0 || t.Is(TokenFlags.Clitic)) continue;
            var w = doc.Word(i);
            if (surnames.TryGetValue(w, out var person) && person is not null || givens.TryGetValue(w, out person) && person is not null)
            {
                // Not when it begins a longer capitalised name of someone else ("Chelsea Clinton").
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].IsCapitalized && !tokens[i + 1].Is(TokenFlags.Clitic) && !tokens[i + 1].Is(TokenFlags.ParagraphStart)) continue;
                if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].IsCapitalized && !tokens[i].Is(TokenFlags.ParagraphStart) && !WordLists.NotNameWords.Contains(doc.Word(i - 1))) continue;
                doc.Mentions.Add(new EntityMention(i, i + 1, person.Id, MentionKind.Person));
            }
        }
    }
}
