using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Storage.Neo4j.Cypher;

namespace ClaimsGraph.Storage.Neo4j;

/// <summary>
/// A batch of article graphs as <c>$rows</c> for the UNWIND statements of <see cref="WriteStatements"/>,
/// nodes first (deduplicated by id, the last article wins) then relationships.
/// </summary>
public static class Neo4jUpsertRows
{
    public static IReadOnlyList<(CypherStatement Statement, IReadOnlyList<object?> Rows)> For(IReadOnlyList<ArticleGraph> graphs)
    {
        var result = new List<(CypherStatement, IReadOnlyList<object?>)>();
        void Add(CypherStatement statement, IEnumerable<object?> rows)
        {
            var list = rows.ToList();
            if (list.Count > 0) result.Add((statement, list));
        }

        Add(WriteStatements.UpsertArticles, graphs.Select(g => Node(g.Article.Id, Neo4jProperties.Of(g.Article))));
        var entities = LastById(graphs.SelectMany(g => g.Entities), e => e.Id);
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Add(WriteStatements.UpsertEntities(type), entities.Where(e => e.Type == type).Select(e => Node(e.Id, Neo4jProperties.Of(e))));
        }
        var quotes = LastById(graphs.SelectMany(g => g.Quotes), q => q.Id);
        Add(WriteStatements.UpsertQuotes, quotes.Select(q => Node(q.Id, Neo4jProperties.Of(q))));

        Add(WriteStatements.MergeSaid, quotes.Where(q => q.SpeakerId is not null)
            .Select(q => Row(("speakerId", q.SpeakerId), ("quoteId", q.Id))));
        Add(WriteStatements.MergeAbout, graphs.SelectMany(g => g.Targets.Select(t =>
            Row(("quoteId", t.QuoteId), ("entityId", t.EntityId), ("articleId", g.Article.Id), ("weight", t.Weight)))));
        Add(WriteStatements.MergeQuoteReports, graphs.SelectMany(g => g.Reports.Select(r => Row(
            ("quoteId", r.QuoteId), ("articleId", g.Article.Id),
            ("spanStart", r.Span.Start), ("spanEnd", r.Span.End),
            ("cueStart", r.Cue?.Start), ("cueEnd", r.Cue?.End),
            ("speakerStart", r.SpeakerMention?.Start), ("speakerEnd", r.SpeakerMention?.End),
            // null for a one-piece quote: SET to null removes the property, so a report that lost its pieces drops them.
            ("pieces", r.Pieces.Count > 0 ? FlatSpans(r.Pieces) : null)))));
        Add(WriteStatements.MergeEventReports, graphs.SelectMany(g => g.Events.Select(e => Row(
            ("eventId", e.EventId), ("articleId", g.Article.Id), ("spanStart", e.Span.Start), ("spanEnd", e.Span.End)))));
        Add(WriteStatements.MergeMentions, graphs.SelectMany(g => g.Mentions.Select(m => Row(
            ("articleId", g.Article.Id), ("entityId", m.EntityId), ("count", m.Count),
            ("spans", FlatSpans(m.Spans))))));
        Add(WriteStatements.MergeAffiliations, graphs.SelectMany(g => g.Affiliations.Select(a => Row(
            ("personId", a.PersonId), ("targetId", a.TargetId), ("articleId", g.Article.Id), ("role", a.Role)))));
        Add(WriteStatements.MergeInvolves, graphs.SelectMany(g => g.Events.SelectMany(e => e.Participants.Select(p => Row(
            ("eventId", e.EventId), ("entityId", p.EntityId), ("articleId", g.Article.Id), ("role", p.Role))))));
        Add(WriteStatements.MergeLocatedIn, graphs.SelectMany(g => g.Events.Where(e => e.LocatedInId is not null).Select(e => Row(
            ("eventId", e.EventId), ("placeId", e.LocatedInId), ("articleId", g.Article.Id)))));
        return result;
    }

    /// <summary>Spans as the flat int list [s1, e1, s2, e2, …]: a list of lists is not a valid Neo4j property.</summary>
    private static List<int> FlatSpans(IReadOnlyList<TextSpan> spans) => spans.SelectMany(s => new[] { s.Start, s.End }).ToList();

    private static List<T> LastById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byId[id(item)] = item;
        return byId.Values.ToList();
    }

    private static Dictionary<string, object?> Node(string id, IReadOnlyDictionary<string, object?> props) =>
        new(StringComparer.Ordinal) { ["id"] = id, ["props"] = props };

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
