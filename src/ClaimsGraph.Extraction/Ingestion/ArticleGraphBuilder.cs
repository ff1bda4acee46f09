using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Ingestion;

/// <summary>Maps what the pipeline found in an article onto the nodes and edges that article contributes.</summary>
public static class ArticleGraphBuilder
{
    public static ArticleGraph Build(Article article, ExtractionResult result)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in result.Entities) entities.TryAdd(e.Entity.Id, e.Entity);
        foreach (var e in result.Events) entities.TryAdd(e.Event.Id, e.Event);

        var mentions = result.Entities
            .Where(e => e.Mentions.Count > 0)
            .Select(e => new Mention(article.Id, e.Entity.Id, e.Mentions.Count, e.Mentions))
            .ToList();

        var quotes = new Dictionary<string, Quote>(StringComparer.Ordinal);
        var reports = new List<QuoteReport>();
        var targets = new Dictionary<(string, string), QuoteTarget>();
        foreach (var q in result.Quotes)
        {
            var speakerId = q.Speaker.EntityId is { } id && entities.ContainsKey(id) ? id : null;
            var quoteId = NodeIds.Quote(speakerId, q.Text);
            // The same words twice in one article are one quote reported once: keep the first span.
            if (!quotes.TryAdd(quoteId, new Quote(quoteId, q.Text, q.Kind, q.Confidence, speakerId, speakerId is null ? q.Speaker.Description : null)))
                continue;
            reports.Add(new QuoteReport(quoteId, article.Id, q.Span, q.Cue, q.Speaker.Mention) { Pieces = q.Pieces });
            foreach (var about in q.About.Where(a => entities.ContainsKey(a.EntityId)))
                targets.TryAdd((quoteId, about.EntityId), new QuoteTarget(quoteId, about.EntityId, about.Weight));
        }

        var affiliations = result.Affiliations
            .Where(a => entities.ContainsKey(a.PersonId) && entities.ContainsKey(a.TargetId))
            .Distinct()
            .ToList();

        var events = result.Events
            .Select(e => new EventFact(
                e.Event.Id,
                e.Participants.Where(p => entities.ContainsKey(p.EntityId)).Distinct().ToList(),
                e.LocatedInId is { } place && entities.ContainsKey(place) ? place : null,
                e.Span))
            .ToList();

        return new ArticleGraph(article, entities.Values.ToList(), mentions, quotes.Values.ToList(), reports,
            targets.Values.ToList(), affiliations, events);
    }
}
