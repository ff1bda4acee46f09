using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Domain.Graph;

/// <summary>
/// Everything one article contributes to the graph, as one value: the unit a store writes atomically.
/// Upserting the same graph twice leaves the store unchanged; upserting a changed graph for the same
/// article id replaces what the article contributed before, keeping entities other articles still use.
/// </summary>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<QuoteReport> Reports,
    IReadOnlyList<QuoteTarget> Targets,
    IReadOnlyList<Affiliation> Affiliations,
    IReadOnlyList<EventFact> Events)
{
    /// <summary>Checks the graph is self-consistent: every id an edge names is a node of the graph.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var entityIds = Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var quoteIds = Quotes.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        void Need(HashSet<string> set, string id, string what)
        {
            if (!set.Contains(id)) problems.Add($"{what} names unknown id '{id}'");
        }
        foreach (var m in Mentions) Need(entityIds, m.EntityId, "mention");
        foreach (var q in Quotes.Where(q => q.SpeakerId is not null)) Need(entityIds, q.SpeakerId!, "quote speaker");
        foreach (var r in Reports) Need(quoteIds, r.QuoteId, "quote report");
        foreach (var t in Targets) { Need(quoteIds, t.QuoteId, "quote target"); Need(entityIds, t.EntityId, "quote target"); }
        foreach (var a in Affiliations) { Need(entityIds, a.PersonId, "affiliation"); Need(entityIds, a.TargetId, "affiliation"); }
        foreach (var e in Events)
        {
            Need(entityIds, e.EventId, "event fact");
            foreach (var p in e.Participants) Need(entityIds, p.EntityId, "event participant");
            if (e.LocatedInId is not null) Need(entityIds, e.LocatedInId, "event place");
        }
        return problems;
    }
}

/// <summary>An event reported by the article: its participants, where it happened and the span that reports it.</summary>
public sealed record EventFact(string EventId, IReadOnlyList<EventParticipant> Participants, string? LocatedInId, TextSpan Span);
