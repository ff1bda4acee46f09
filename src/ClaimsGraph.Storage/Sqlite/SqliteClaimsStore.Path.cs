using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Shortest path, exact, over the entity graph: entities are joined by one-hop edges (affiliations, event
/// participants and places: <c>entity_edges</c>) and by two-hop links through a quote (<c>entity_links</c>: one spoke about the
/// other, or both are its subjects). Quotes are never expanded one by one, so a speaker with thousands of
/// quotes costs as much as the few hundred entities they spoke about.
/// <para>
/// Both ends search outwards, each level one batched query, for growing lengths L = 1 … maxHops (the start to
/// radius ⌈L/2⌉, the end to ⌊L/2⌋). A shortest path of length L then either passes through an entity both searches
/// reached, or crosses between them on a quote link from the start's last full level to the end's inner levels;
/// one more query checks those links. The quote a link stands for is looked up only for the links of the path returned.
/// </para>
/// </summary>
public sealed partial class SqliteClaimsStore
{
    public const int MaxPathHops = 4;

    private const string OneHopSql = """
        SELECT e.a, e.b, e.rel FROM entity_edges e WHERE e.a IN (SELECT value FROM json_each($ids))
        """;

    private const string DirectEdgeSql = "SELECT e.rel FROM entity_edges e WHERE e.a = $from AND e.b = $to";

    /// <summary>The relationship of each code in <c>entity_edges.rel</c> (schema migration 4).</summary>
    private static readonly RelationshipType[] OneHopRelationships =
        [RelationshipType.AFFILIATED_WITH, RelationshipType.INVOLVES, RelationshipType.LOCATED_IN];

    private const string QuoteLinksSql = """
        SELECT l.a, l.b FROM entity_links l WHERE l.a IN (SELECT value FROM json_each($ids))
        """;

    private const string CrossingLinksSql = """
        SELECT l.a, l.b FROM entity_links l
        WHERE l.a IN (SELECT value FROM json_each($from)) AND l.b IN (SELECT value FROM json_each($to))
        """;

    /// <summary>A quote's own edges, for a path that starts or ends at a quote.</summary>
    private const string QuoteEdgesSql = """
        SELECT q.speaker_id, 'SAID' FROM quotes q WHERE q.id = $quote AND q.speaker_id IS NOT NULL
        UNION SELECT t.entity_id, 'ABOUT' FROM quote_targets t WHERE t.quote_id = $quote
        """;

    /// <summary>
    /// The quote behind a link u–v, newest first, each read off an index and stopping at the first row: u spoke
    /// about v (kind 0), else v spoke about u (1), else both are its subjects (2).
    /// </summary>
    private static readonly string[] LinkQuoteSql =
    [
        """
        SELECT quote_id FROM quote_about WHERE entity_id = $v AND speaker_id = $u
        ORDER BY last_published IS NULL, last_published DESC, quote_id LIMIT 1
        """,
        """
        SELECT quote_id FROM quote_about WHERE entity_id = $u AND speaker_id = $v
        ORDER BY last_published IS NULL, last_published DESC, quote_id LIMIT 1
        """,
        """
        SELECT x.quote_id FROM quote_about x CROSS JOIN quote_about y ON y.entity_id = $v AND y.quote_id = x.quote_id
        WHERE x.entity_id = $u ORDER BY x.last_published IS NULL, x.last_published DESC, x.quote_id LIMIT 1
        """,
    ];

    public async Task<IReadOnlyList<PathStep>> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        if (maxHops > MaxPathHops)
            throw new ArgumentOutOfRangeException(nameof(maxHops), $"A path may have at most {MaxPathHops} hops.");
        if (maxHops < 1 || fromId == toId || !IsPathNode(fromId) || !IsPathNode(toId)) return [];
        // Entity searches never stop on a quote, so a quote end needs a search of its own: one hop means searching from it.
        if (maxHops == 1 && IsQuote(toId) && !IsQuote(fromId))
            return [.. (await FindPathAsync(toId, fromId, maxHops, cancellationToken)).Reverse().Select(s => new PathStep(s.ToId, s.Relationship, s.FromId))];
        return await ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            var start = new PathSearch(fromId);
            var end = new PathSearch(toId);
            // Deepening: a path of length ≤ L is found with the radii ⌈L/2⌉ and ⌊L/2⌋, and each search only grows.
            // No path is shorter than L once step L starts, so any meeting found is a shortest path: the joins are
            // checked after every level read, and the side whose next level is smaller grows first. Short
            // connections are then answered before any hub's neighbourhood is read.
            var firstLength = 1;
            if (!IsQuote(fromId) && !IsQuote(toId))
            {
                // Length 1 between entities is one edge: ask for it rather than read a hub's every neighbour.
                var direct = await QueryAsync(connection, tx, DirectEdgeSql, r => OneHopRelationships[r.GetInt32(0)], cancellationToken,
                    ("$from", fromId), ("$to", toId));
                if (direct.Count > 0) return [new PathStep(fromId, direct.Min(), toId)];
                firstLength = 2;
            }
            for (var length = firstLength; length <= maxHops; length++)
            {
                var (startRadius, endRadius) = ((length + 1) / 2, length / 2);
                while (true)
                {
                    var meeting = await MeetAsync(connection, tx, start, startRadius, end, endRadius, cancellationToken);
                    if (meeting is not null) return await AssembleAsync(connection, tx, start, end, meeting, cancellationToken);
                    var (startNext, endNext) = (start.NextRead(startRadius), end.NextRead(endRadius));
                    if (startNext is null && endNext is null) break;
                    var growStart = endNext is null || (startNext is not null && start.FrontierSize(startNext) <= end.FrontierSize(endNext));
                    await ReadLevelAsync(connection, tx, growStart ? start : end, (growStart ? startNext : endNext)!, cancellationToken);
                }
            }
            return (IReadOnlyList<PathStep>)[];
        }, cancellationToken);
    }

    /// <summary>
    /// The best way the two searches join: an entity both reached, or a quote link from the start's last full
    /// level to the end's inner levels (a shortest path that has no entity within both radii crosses there).
    /// </summary>
    private async Task<Meeting?> MeetAsync(SqliteConnection connection, SqliteTransaction tx,
        PathSearch start, int startRadius, PathSearch end, int endRadius, CancellationToken ct)
    {
        Meeting? best = null;
        var (fewer, more) = start.Reached.Count <= end.Reached.Count ? (start.Reached, end.Reached) : (end.Reached, start.Reached);
        foreach (var node in fewer.Keys)
            if (more.ContainsKey(node))
                best = Meeting.Better(best, new Meeting(node, node, start.Reached[node].Distance + end.Reached[node].Distance));
        var outer = start.AtDistance(startRadius - 1);
        var inner = end.Within(endRadius - 1);
        // Searches only grow, so the same sizes are the same sets: a check that found nothing need not run again.
        var crossing = (startRadius, endRadius, outer.Count, inner.Count);
        if (outer.Count > 0 && inner.Count > 0 && start.CrossingChecked != crossing)
        {
            start.CrossingChecked = crossing;
            foreach (var (a, b) in await QueryAsync(connection, tx, CrossingLinksSql, r => (r.GetString(0), r.GetString(1)),
                         ct, ("$from", IdList(outer)), ("$to", IdList(inner))))
                best = Meeting.Better(best, new Meeting(a, b, start.Reached[a].Distance + 2 + end.Reached[b].Distance));
        }
        return best;
    }

    private static bool IsPathNode(string id) => NodeIds.TypeOf(id) is "person" or "state" or "organization" or "event" or "quote";

    private static bool IsQuote(string id) => id.StartsWith(NodeIds.QuotePrefix, StringComparison.Ordinal);

    /// <summary>Reads one level of a search: a quote origin's own edges, a level's one-hop edges, or a level's quote links.</summary>
    private async Task ReadLevelAsync(SqliteConnection connection, SqliteTransaction tx, PathSearch search, LevelRead read, CancellationToken ct)
    {
        search.Done.Add(read);
        if (read.Kind == LevelKind.QuoteEdges)
        {
            // A quote touches only its speaker and subjects; from there on the search runs over entities.
            var edges = await QueryAsync(connection, tx, QuoteEdgesSql, r => (Node: r.GetString(0), Rel: Enum.Parse<RelationshipType>(r.GetString(1))),
                ct, ("$quote", search.Origin));
            foreach (var (node, rel) in edges.OrderBy(e => e.Node, StringComparer.Ordinal).ThenBy(e => e.Rel))
                search.Reach(node, new Reached(1, search.Origin, rel, ViaQuote: false));
            return;
        }
        var frontier = search.AtDistance(read.Level);
        if (frontier.Count == 0) return;
        if (read.Kind == LevelKind.OneHop)
        {
            var oneHop = await QueryAsync(connection, tx, OneHopSql,
                r => (From: r.GetString(0), To: r.GetString(1), Rel: OneHopRelationships[r.GetInt32(2)]), ct, ("$ids", IdList(frontier)));
            foreach (var (from, to, rel) in oneHop.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
                search.Reach(to, new Reached(read.Level + 1, from, rel, ViaQuote: false));
            return;
        }
        var links = await QueryAsync(connection, tx, QuoteLinksSql, r => (From: r.GetString(0), To: r.GetString(1)), ct, ("$ids", IdList(frontier)));
        foreach (var (from, to) in links.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
            search.Reach(to, new Reached(read.Level + 2, from, RelationshipType.ABOUT, ViaQuote: true));
    }

    /// <summary>The steps from the start to the meeting, across it, and on to the end, each quote link opened into its two steps.</summary>
    private async Task<IReadOnlyList<PathStep>> AssembleAsync(SqliteConnection connection, SqliteTransaction tx,
        PathSearch start, PathSearch end, Meeting meeting, CancellationToken ct)
    {
        // Links in path order as (from, to, how), then opened.
        var links = new List<(string From, string To, Reached How)>();
        for (var node = meeting.StartSide; start.Reached[node].Parent is { } parent; node = parent)
            links.Add((parent, node, start.Reached[node]));
        links.Reverse();
        if (meeting.StartSide != meeting.EndSide)
            links.Add((meeting.StartSide, meeting.EndSide, new Reached(0, meeting.StartSide, RelationshipType.ABOUT, ViaQuote: true)));
        for (var node = meeting.EndSide; end.Reached[node].Parent is { } parent; node = parent)
            links.Add((node, parent, end.Reached[node]));

        var steps = new List<PathStep>();
        foreach (var (from, to, how) in links)
        {
            if (!how.ViaQuote)
            {
                steps.Add(new PathStep(from, how.Relationship, to));
                continue;
            }
            var (quote, kind) = await LinkQuoteAsync(connection, tx, from, to, ct);
            steps.Add(new PathStep(from, kind == 0 ? RelationshipType.SAID : RelationshipType.ABOUT, quote));
            steps.Add(new PathStep(quote, kind == 1 ? RelationshipType.SAID : RelationshipType.ABOUT, to));
        }
        return steps;
    }

    private static async Task<(string Quote, int Kind)> LinkQuoteAsync(SqliteConnection connection, SqliteTransaction tx,
        string u, string v, CancellationToken ct)
    {
        for (var kind = 0; kind < LinkQuoteSql.Length; kind++)
        {
            var found = await QueryAsync(connection, tx, LinkQuoteSql[kind], r => r.GetString(0), ct, ("$u", u), ("$v", v));
            if (found.Count > 0) return (found[0], kind);
        }
        throw new InvalidOperationException($"entity_links joins {u} and {v} but no quote does: the read model is out of step.");
    }

    /// <summary>How a search reached a node: at which distance, from which node, over which edge or through a quote link.</summary>
    private sealed record Reached(int Distance, string? Parent, RelationshipType Relationship, bool ViaQuote);

    /// <summary>Where the two searches join: one node (StartSide == EndSide) or a quote link between two.</summary>
    private sealed record Meeting(string StartSide, string EndSide, int Length)
    {
        /// <summary>The shorter; on a tie the one with the lower ids, so the same graph always gives the same path.</summary>
        public static Meeting Better(Meeting? current, Meeting candidate) =>
            current is null || candidate.Length < current.Length
            || (candidate.Length == current.Length
                && string.CompareOrdinal(candidate.StartSide + "\n" + candidate.EndSide, current.StartSide + "\n" + current.EndSide) < 0)
                ? candidate : current;
    }

    private enum LevelKind
    {
        QuoteEdges,
        OneHop,
        QuoteLinks,
    }

    /// <summary>One query of a search: which kind of edges, from the nodes at which distance.</summary>
    private sealed record LevelRead(LevelKind Kind, int Level);

    /// <summary>One end's search: every node reached (first reach wins) and which levels it has read.</summary>
    private sealed class PathSearch
    {
        public PathSearch(string origin)
        {
            Origin = origin;
            Reached[origin] = new Reached(0, null, RelationshipType.ABOUT, ViaQuote: false);
        }

        public string Origin { get; }

        public Dictionary<string, Reached> Reached { get; } = new(StringComparer.Ordinal);

        public HashSet<LevelRead> Done { get; } = [];

        /// <summary>The radii and set sizes of the last quote-link crossing check made from this (start) search.</summary>
        public (int StartRadius, int EndRadius, int Outer, int Inner)? CrossingChecked { get; set; }

        /// <summary>
        /// The next read needed to hold every node within <paramref name="radius"/>, or null. Levels go in order and
        /// within a level one-hop edges before quote links, so the first reach of a node is its shortest.
        /// </summary>
        public LevelRead? NextRead(int radius)
        {
            var first = 0;
            if (IsQuote(Origin))
            {
                if (radius < 1) return null;
                if (!Done.Contains(new LevelRead(LevelKind.QuoteEdges, 0))) return new LevelRead(LevelKind.QuoteEdges, 0);
                first = 1;
            }
            for (var level = first; level < radius; level++)
            {
                var oneHop = new LevelRead(LevelKind.OneHop, level);
                if (!Done.Contains(oneHop)) return oneHop;
                var links = new LevelRead(LevelKind.QuoteLinks, level);
                if (level + 2 <= radius && !Done.Contains(links)) return links;
            }
            return null;
        }

        public int FrontierSize(LevelRead read) => read.Kind == LevelKind.QuoteEdges ? 1 : Reached.Values.Count(r => r.Distance == read.Level);

        public void Reach(string node, Reached how) => Reached.TryAdd(node, how);

        public List<string> AtDistance(int distance) =>
            Reached.Where(r => r.Value.Distance == distance && !IsQuote(r.Key)).Select(r => r.Key).ToList();

        public List<string> Within(int distance) =>
            Reached.Where(r => r.Value.Distance <= distance && !IsQuote(r.Key)).Select(r => r.Key).ToList();
    }
}
