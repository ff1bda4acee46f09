using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Events;

/// <summary>
/// Typed events from trigger words outside quotes ("visit", "summit", "earthquake", "clashes",
/// "invasion", "set-up" …), with the entities mentioned around the trigger as participants, the state after
/// "in"/"to" (or hit by a disaster) as place, and the nearest date expression resolved against publishedAt.
/// </summary>
public static class EventFinder
{
    private const int Left = 8;
    private const int Right = 10;

    private static readonly Dictionary<string, string> Triggers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["visit"] = "VISIT", ["visits"] = "VISIT", ["visited"] = "VISIT", ["visiting"] = "VISIT", ["trip"] = "VISIT",
        ["summit"] = "SUMMIT", ["summits"] = "SUMMIT", ["meeting"] = "MEETING", ["meetings"] = "MEETING", ["met"] = "MEETING",
        ["dinner"] = "MEETING", ["talks"] = "TALKS", ["negotiations"] = "TALKS", ["agreement"] = "AGREEMENT", ["agreements"] = "AGREEMENT",
        ["treaty"] = "AGREEMENT", ["pact"] = "AGREEMENT", ["accord"] = "AGREEMENT", ["election"] = "ELECTION", ["elections"] = "ELECTION",
        ["re-elected"] = "ELECTION", ["primary"] = "ELECTION", ["attack"] = "ATTACK", ["attacks"] = "ATTACK", ["bombing"] = "ATTACK",
        ["airstrike"] = "ATTACK", ["airstrikes"] = "ATTACK", ["clash"] = "CLASH", ["clashes"] = "CLASH", ["clashed"] = "CLASH",
        ["invasion"] = "INVASION", ["invade"] = "INVASION", ["invaded"] = "INVASION", ["earthquake"] = "DISASTER", ["quake"] = "DISASTER",
        ["tsunami"] = "DISASTER", ["typhoon"] = "DISASTER", ["hurricane"] = "DISASTER", ["flood"] = "DISASTER", ["floods"] = "DISASTER",
        ["wildfire"] = "DISASTER", ["protest"] = "PROTEST", ["protests"] = "PROTEST", ["rally"] = "PROTEST", ["demonstration"] = "PROTEST",
        ["protested"] = "PROTEST", ["demonstrations"] = "PROTEST", ["rallies"] = "PROTEST",
        ["debate"] = "DEBATE", ["set-up"] = "ESTABLISHMENT", ["establishment"] = "ESTABLISHMENT", ["launch"] = "ESTABLISHMENT",
    };

    /// <summary>What a "launch" sets up; a missile, product or campaign launch is no establishment.</summary>
    private static readonly WordSet EstablishedBodies = new(
    [
        "headquarters", "command", "agency", "office", "unit", "units", "force", "committee", "commission", "council", "party",
        "fund", "bank", "company", "ministry", "department", "center", "centre", "institute", "alliance", "coalition", "mission",
    ]);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet DisasterVerbs = new(["hit", "hits", "rocked", "rocks", "struck", "strikes", "jolted", "devastated", "battered", "shook"]);
    private static readonly WordSet PlacePrepositions = new(["in", "to", "at", "into", "near"]);

    public static List<ExtractedEvent> Find(Document doc, DateTimeOffset? publishedAt)
    {
        var events = new Dictionary<string, ExtractedEvent>(StringComparer.Ordinal);
        var seenTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in doc.Sentences)
        {
            seenTypes.Clear();
            bool? futureKnown = null;
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc.Tokens[i].Kind != TokenKind.Word || doc.InQuote[i]) continue;
                var type = TriggerAt(doc, i, s, out var triggerEnd);
                if (type is null || !seenTypes.Add(type)) continue;
                var future = futureKnown ??= SpeaksOfFuture(doc, s);
                if (type == "DISASTER" && DisasterEvents(doc, i, s, publishedAt, events, future)) continue;
                var from = Math.Max(s.FirstToken, i - Left);
                var to = Math.Min(s.EndToken, triggerEnd + Right);
                Add(doc, events, type, i, triggerEnd, from, to, publishedAt, future);
            }
        }
        return events.Values.OrderBy(e => e.Span.Start).ToList();
    }

    private static string? TriggerAt(Document doc, int i, Sentence s, out int end)
    {
        end = i + 1;
        var w = doc.Word(i);
        // "set-up" and "set up" are one trigger.
        if (w.Equals("set", StringComparison.OrdinalIgnoreCase) && i + 1 < s.EndToken)
        {
            if (doc.IsPunct(i + 1, '-') && doc.WordIs(i + 2, "up")) { end = i + 3; return "ESTABLISHMENT"; }
            if (doc.WordIs(i + 1, "up")) { end = i + 2; return "ESTABLISHMENT"; }
            return null;
        }
        if (!TriggerLookup.TryGetValue(w, out var type)) return null;
        if (w.Equals("launch", StringComparison.OrdinalIgnoreCase) && !LaunchesABody(doc, i, s)) return null;
        return type;
    }

    private static bool LaunchesABody(Document doc, int i, Sentence s)
    {
        for (var j = i + 1; j < s.EndToken && j <= i + 5; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Word && EstablishedBodies.Contains(doc.Word(j))) return true;
        }
        return false;
    }

    /// <summary>"the earthquake that rocked central Japan on January 1 and one that recently hit Taiwan": one event per place hit.</summary>
    private static bool DisasterEvents(Document doc, int trigger, Sentence s, DateTimeOffset? publishedAt, Dictionary<string, ExtractedEvent> events, bool future)
    {
        var any = false;
        for (var v = trigger + 1; v < s.EndToken; v++)
        {
            if (!DisasterVerbs.Contains(doc.Word(v))) continue;
            var next = v + 1;
            while (next < s.EndToken && next <= v + 7 && doc.Tokens[next].Kind is TokenKind.Word or TokenKind.Number && !DisasterVerbs.Contains(doc.Word(next))) next++;
            Add(doc, events, "DISASTER", trigger, trigger + 1, v - 3 < trigger ? trigger : v - 3, next, publishedAt, future, labelFrom: v);
            any = true;
        }
        return any;
    }

    /// <summary>Where a state names the event's place: after "in", "to", "at" …, or as the object of a visit ("will visit Seoul").</summary>
    private static bool IsPlaceSlot(Document doc, string type, int k, int from, int triggerEnd) =>
        k > from && PlacePrepositions.Contains(doc.Word(k - 1)) || type == "VISIT" && k == triggerEnd;

    private static void Add(Document doc, Dictionary<string, ExtractedEvent> events, string type, int trigger, int triggerEnd, int from, int to,
        DateTimeOffset? publishedAt, bool future, int labelFrom = -1)
    {
        var participants = new List<string>();
        string? place = null;
        string? date = null;
        string? dateText = null;
        for (var k = from; k < to; k++)
        {
            var m = doc.MentionAt[k];
            if (m >= 0)
            {
                var mention = doc.Mentions[m];
                if (!participants.Contains(mention.EntityId)) participants.Add(mention.EntityId);
                if (mention.Kind == MentionKind.State && place is null && k > from && (IsPlaceSlot(doc, type, k, from, triggerEnd) || DisasterVerbs.Contains(doc.Word(Math.Max(from, k - 2))) || DisasterVerbs.Contains(doc.Word(k - 1))))
                    place = mention.EntityId;
                k = Math.Max(k, mention.EndToken - 1);
                continue;
            }
            if (k > from && doc.Tokens[k].IsCapitalized && IsPlaceSlot(doc, type, k, from, triggerEnd) &&
                CountryGazetteer.Instance.Matcher.Match(doc.Text, doc.Tokens, k, to, out var st) is var len and > 0)
            {
                // A capital as a place ("a summit in Washington") locates the event in its state.
                var state = CountryGazetteer.Instance.Get(st.Code);
                doc.OtherEntities.TryAdd(state.Id, state);
                place ??= state.Id;
                if (!participants.Contains(state.Id)) participants.Add(state.Id);
                k += len - 1;
                continue;
            }
            if (dateText is null && k >= trigger && DateExpression.At(doc, k, to, publishedAt, future) is { } found && !doc.WordIs(k, "since"))
            {
                date = found.Date;
                dateText = found.Text;
                k = found.End - 1;
            }
        }
        // "will travel to Beijing next week for talks": a date between the verb and the trigger, with no comma or act of
        // saying between them ("On Monday, he said the talks …" dates the saying, not the talks).
        if (dateText is null) (date, dateText) = DateBefore(doc, trigger, from, publishedAt, future);
        var label = Label(doc, labelFrom >= 0 ? trigger : trigger, triggerEnd, from, to, labelFrom);
        var id = NodeIds.Event(type, participants, date ?? (dateText is null ? null : NodeIds.Slug(dateText)));
        if (events.ContainsKey(id)) return;
        var ev = new Event(id, type, label, date, dateText);
        events[id] = new ExtractedEvent(ev, participants.Select(p => new EventParticipant(id, p, p == place ? "PLACE" : "PARTICIPANT")).ToList(),
            place, doc.SpanOf(from, to));
    }

    private static (string? Date, string? Text) DateBefore(Document doc, int trigger, int from, DateTimeOffset? publishedAt, bool future)
    {
        for (var k = trigger - 1; k >= from; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punct || doc.Tokens[k].Kind == TokenKind.Word && SpeechCues.Verbs.Contains(doc.Word(k))) break;
            if (DateExpression.At(doc, k, trigger, publishedAt, future) is { } found && found.End <= trigger && !doc.WordIs(k, "since"))
                return (found.Date, found.Text);
        }
        return (null, null);
    }

    private static readonly WordSet FutureMarkers = new(["will", "expected", "scheduled", "plans", "planned", "next", "coming", "upcoming", "would", "shall"]);

    /// <summary>Whether the sentence speaks of what is to come, so a bare weekday is the next one, not the last.</summary>
    private static bool SpeaksOfFuture(Document doc, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && FutureMarkers.Contains(doc.Word(k))) return true;
        }
        return false;
    }

    /// <summary>The trigger with its modifiers and complement: "Fumio Kishida’s visit to the US".</summary>
    private static string Label(Document doc, int trigger, int triggerEnd, int from, int to, int labelFrom)
    {
        var first = trigger;
        while (first - 1 >= from && first > trigger - 4 && doc.Tokens[first - 1].Kind == TokenKind.Word
               && (doc.Tokens[first - 1].IsCapitalized || doc.Tokens[first - 1].Is(TokenFlags.Clitic) || IsModifier(doc.Word(first - 1)))) first--;
        var end = triggerEnd;
        var rightStart = labelFrom >= 0 ? labelFrom : triggerEnd;
        if (labelFrom >= 0) end = rightStart;
        if (end < to && (labelFrom >= 0 || doc.Tokens[end].Kind == TokenKind.Word && doc.WordIs(end, "to") || doc.WordIs(end, "in") || doc.WordIs(end, "of") || doc.WordIs(end, "between") || doc.WordIs(end, "with")))
        {
            var k = end + 1;
            while (k < to && k <= end + 5 && doc.Tokens[k].Kind == TokenKind.Word && !doc.WordIs(k, "on") && !doc.WordIs(k, "next") && !doc.WordIs(k, "and") && !doc.WordIs(k, "as") && !doc.WordIs(k, "by")) k++;
            end = k;
        }
        var text = labelFrom >= 0 && labelFrom > triggerEnd
            ? doc.TextOf(first, triggerEnd) + " — " + doc.TextOf(labelFrom, Math.Max(labelFrom + 1, end))
            : doc.TextOf(first, end);
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsModifier(ReadOnlySpan<char> w) =>
        w is "state" or "planned" or "possible" or "joint" or "powerful" or "recent" or "first" or "official" or "deadly" or "massive" or "coming" or "bilateral" or "presidential";

}
