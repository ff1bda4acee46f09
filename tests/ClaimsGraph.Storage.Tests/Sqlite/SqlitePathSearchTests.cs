using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Storage.Tests.Contract;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite path search walks entities through quote links instead of quotes; it must still be exact.
/// Checked against a plain breadth-first search over every edge (quotes as nodes) on random worlds, including
/// articles replaced after the first write, for every pair of nodes and every hop limit.
/// </summary>
public sealed class SqlitePathSearchTests : IDisposable
{
    private readonly TempSqliteStores stores = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Path_length_equals_a_full_breadth_first_search_and_every_step_is_an_edge(int seed)
    {
        var random = new Random(seed);
        var store = stores.Create();
        var latest = new Dictionary<string, ArticleGraph>();
        for (var i = 0; i < 14; i++)
        {
            var graph = RandomArticle(random, $"r{i}");
            await store.UpsertArticleAsync(graph);
            latest[graph.Article.Id] = graph;
        }
        // Replace a few articles so the trigger-kept links have been decremented as well as incremented.
        foreach (var name in new[] { "r2", "r5", "r9" })
        {
            var graph = RandomArticle(random, name, version: 2);
            await store.UpsertArticleAsync(graph);
            latest[graph.Article.Id] = graph;
        }

        var edges = Edges(latest.Values);
        var nodes = edges.Keys.Order(StringComparer.Ordinal).ToList();
        var pairs = 0;
        foreach (var from in nodes.Where((_, i) => i % 2 == 0))
            foreach (var to in nodes.Where((_, i) => i % 3 == 0))
            {
                if (from == to) continue;
                var expected = ShortestLength(edges, from, to);
                foreach (var maxHops in new[] { 1, 2, 3, 4 })
                {
                    var path = await store.FindPathAsync(from, to, maxHops);
                    var want = expected <= maxHops ? expected : 0;
                    Assert.True(want == path.Count, $"{from} → {to} within {maxHops}: expected {want} steps, got {path.Count}");
                    if (path.Count == 0) continue;
                    Assert.Equal(from, path[0].FromId);
                    Assert.Equal(to, path[^1].ToId);
                    for (var s = 0; s < path.Count; s++)
                    {
                        if (s > 0) Assert.Equal(path[s - 1].ToId, path[s].FromId);
                        Assert.Contains((path[s].ToId, path[s].Relationship), edges[path[s].FromId]);
                    }
                }
                pairs++;
            }
        Assert.True(pairs > 100, $"only {pairs} pairs checked");
    }

    /// <summary>Random article: people speaking about states, organisations and people; affiliations; an event.</summary>
    private static ArticleGraph RandomArticle(Random random, string name, int version = 1)
    {
        string Person() => $"person:p{random.Next(12)}";
        string Subject() => random.Next(3) switch
        {
            0 => $"state:S{random.Next(6)}",
            1 => $"organization:o{random.Next(4)}",
            _ => Person(),
        };
        var builder = new TestGraphBuilder(name, $"Article {name} version {version}.");
        var known = new HashSet<string>();
        void Know(string id)
        {
            if (!known.Add(id)) return;
            var type = id[..id.IndexOf(':')];
            if (type == "person") builder.Person(id, id);
            else if (type == "state") builder.State(id, id);
            else builder.Organization(id, id);
        }
        for (var q = 0; q < random.Next(1, 4); q++)
        {
            var speaker = random.Next(5) == 0 ? null : Person();
            var about = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Subject()).Distinct().ToList();
            if (speaker is not null) Know(speaker);
            about.ForEach(Know);
            builder.Quote($"quote:{name}-{version}-{q}", $"Quote {q} of {name} v{version}.", speaker, about);
        }
        if (random.Next(2) == 0)
        {
            var person = Person();
            var target = random.Next(2) == 0 ? $"state:S{random.Next(6)}" : $"organization:o{random.Next(4)}";
            Know(person);
            Know(target);
            builder.Affiliation(person, target, "Member");
        }
        if (random.Next(3) == 0)
        {
            var place = $"state:S{random.Next(6)}";
            var guest = Person();
            Know(place);
            Know(guest);
            builder.Event($"event:e{random.Next(4)}", "VISIT", "A visit", null, place, (guest, "GUEST"));
        }
        return builder.Build();
    }

    /// <summary>Every edge of the graph model the path may use, both directions, quotes as nodes.</summary>
    private static Dictionary<string, HashSet<(string To, RelationshipType Rel)>> Edges(IEnumerable<ArticleGraph> graphs)
    {
        var edges = new Dictionary<string, HashSet<(string, RelationshipType)>>(StringComparer.Ordinal);
        void Add(string a, string b, RelationshipType rel)
        {
            (edges.TryGetValue(a, out var fromA) ? fromA : edges[a] = []).Add((b, rel));
            (edges.TryGetValue(b, out var fromB) ? fromB : edges[b] = []).Add((a, rel));
        }
        foreach (var g in graphs)
        {
            foreach (var q in g.Quotes.Where(q => q.SpeakerId is not null)) Add(q.SpeakerId!, q.Id, RelationshipType.SAID);
            foreach (var t in g.Targets) Add(t.QuoteId, t.EntityId, RelationshipType.ABOUT);
            foreach (var a in g.Affiliations) Add(a.PersonId, a.TargetId, RelationshipType.AFFILIATED_WITH);
            foreach (var e in g.Events)
            {
                foreach (var p in e.Participants) Add(e.EventId, p.EntityId, RelationshipType.INVOLVES);
                if (e.LocatedInId is not null) Add(e.EventId, e.LocatedInId, RelationshipType.LOCATED_IN);
            }
        }
        return edges;
    }

    private static int ShortestLength(Dictionary<string, HashSet<(string To, RelationshipType Rel)>> edges, string from, string to)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to) return depth[node];
            foreach (var (next, _) in edges.GetValueOrDefault(node) ?? [])
                if (depth.TryAdd(next, depth[node] + 1)) queue.Enqueue(next);
        }
        return int.MaxValue;
    }

    public void Dispose() => stores.Dispose();
}
