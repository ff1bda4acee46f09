using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Shortest path by bidirectional breadth-first search in C#: each level of either side is one batched
/// neighbour query over the edge tables, and the smaller side grows first, so a search meets in the
/// middle instead of flooding out from a hub. A frontier larger than <see cref="SqliteStoreOptions.PathFrontierCap"/>
/// is trimmed (by id, so results are repeatable); through such hubs a longer path may be returned or none.
/// </summary>
public sealed partial class SqliteClaimsStore
{
    public const int MaxPathHops = 4;

    private const string NeighboursSql = """
        WITH f(id) AS (SELECT value FROM json_each($ids))
        SELECT q.id, q.speaker_id, 'SAID' FROM quotes q WHERE q.id IN f AND q.speaker_id IS NOT NULL
        UNION ALL SELECT q.speaker_id, q.id, 'SAID' FROM quotes q WHERE q.speaker_id IN f
        UNION ALL SELECT DISTINCT t.quote_id, t.entity_id, 'ABOUT' FROM quote_targets t WHERE t.quote_id IN f
        UNION ALL SELECT DISTINCT t.entity_id, t.quote_id, 'ABOUT' FROM quote_targets t WHERE t.entity_id IN f
        UNION ALL SELECT DISTINCT a.person_id, a.target_id, 'AFFILIATED_WITH' FROM affiliations a WHERE a.person_id IN f
        UNION ALL SELECT DISTINCT a.target_id, a.person_id, 'AFFILIATED_WITH' FROM affiliations a WHERE a.target_id IN f
        UNION ALL SELECT DISTINCT p.event_id, p.entity_id, 'INVOLVES' FROM event_participants p WHERE p.event_id IN f
        UNION ALL SELECT DISTINCT p.entity_id, p.event_id, 'INVOLVES' FROM event_participants p WHERE p.entity_id IN f
        UNION ALL SELECT DISTINCT e.event_id, e.located_in_id, 'LOCATED_IN' FROM event_facts e WHERE e.event_id IN f AND e.located_in_id IS NOT NULL
        UNION ALL SELECT DISTINCT e.located_in_id, e.event_id, 'LOCATED_IN' FROM event_facts e WHERE e.located_in_id IN f
        """;

    public async Task<IReadOnlyList<PathStep>> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        if (maxHops > MaxPathHops)
            throw new ArgumentOutOfRangeException(nameof(maxHops), $"A path may have at most {MaxPathHops} hops.");
        if (maxHops < 1 || fromId == toId) return [];
        return await ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            var forward = new Side(fromId);
            var backward = new Side(toId);
            while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
            {
                var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
                var meetings = await ExpandAsync(connection, tx, grow, other, cancellationToken);
                if (meetings.Count > 0)
                {
                    var meet = meetings.OrderBy(m => other.Depths[m]).ThenBy(m => m, StringComparer.Ordinal).First();
                    return (IReadOnlyList<PathStep>)Assemble(forward, backward, meet);
                }
            }
            return [];
        }, cancellationToken);
    }

    /// <summary>One BFS level of <paramref name="side"/>; returns the new nodes the other side has already reached.</summary>
    private async Task<List<string>> ExpandAsync(SqliteConnection connection, SqliteTransaction tx, Side side, Side other, CancellationToken ct)
    {
        var rows = await QueryAsync(connection, tx, NeighboursSql,
            r => (Node: r.GetString(0), Next: r.GetString(1), Rel: Enum.Parse<RelationshipType>(r.GetString(2))),
            ct, ("$ids", IdList(side.Frontier)));
        var next = new List<string>();
        var meetings = new List<string>();
        side.Depth++;
        foreach (var (node, neighbour, rel) in rows.OrderBy(r => r.Node, StringComparer.Ordinal).ThenBy(r => r.Next, StringComparer.Ordinal))
        {
            // Depths, not Parents: the start node has no parent but must never be reached again (a cycle).
            if (side.Depths.ContainsKey(neighbour)) continue;
            side.Parents[neighbour] = (node, rel);
            side.Depths[neighbour] = side.Depth;
            next.Add(neighbour);
            if (other.Depths.ContainsKey(neighbour)) meetings.Add(neighbour);
        }
        next.Sort(StringComparer.Ordinal);
        side.Frontier = next.Count > options.PathFrontierCap ? next.GetRange(0, options.PathFrontierCap) : next;
        return meetings;
    }

    private static List<PathStep> Assemble(Side forward, Side backward, string meet)
    {
        var steps = new List<PathStep>();
        for (var node = meet; forward.Parents.TryGetValue(node, out var p) && steps.Count < MaxPathHops;)
        {
            steps.Add(new PathStep(p.Node, p.Rel, node));
            node = p.Node;
        }
        steps.Reverse();
        for (var node = meet; backward.Parents.TryGetValue(node, out var p) && steps.Count < MaxPathHops;)
        {
            steps.Add(new PathStep(node, p.Rel, p.Node));
            node = p.Node;
        }
        return steps;
    }

    /// <summary>One end of the search: what it reached, how, and at which depth.</summary>
    private sealed class Side(string start)
    {
        public Dictionary<string, (string Node, RelationshipType Rel)> Parents { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Depths { get; } = new(StringComparer.Ordinal) { [start] = 0 };
        public List<string> Frontier { get; set; } = [start];
        public int Depth { get; set; }
    }
}
