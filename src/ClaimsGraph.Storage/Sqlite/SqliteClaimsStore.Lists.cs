using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>Paged lists: articles, entities, quotes by filter, events, affiliated people.</summary>
public sealed partial class SqliteClaimsStore
{
    public Task<Page<Article>> ListArticlesAsync(string? titleContains, PageRequest page, CancellationToken cancellationToken = default)
    {
        var filtered = !string.IsNullOrWhiteSpace(titleContains);
        var where = filtered ? "WHERE instr(a.title_folded, $q) > 0" : "";
        return PageAsync($"FROM articles a {where}", $"SELECT {ArticleColumns}",
            "ORDER BY a.published_at IS NULL, a.published_at DESC, a.id", ReadArticle, page, cancellationToken,
            filtered ? [("$q", EntityRows.Fold(titleContains!.Trim()))] : []);
    }

    public Task<Page<Entity>> ListEntitiesAsync(EntityType type, string? nameContains, PageRequest page, CancellationToken cancellationToken = default)
    {
        var filtered = !string.IsNullOrWhiteSpace(nameContains);
        var where = "WHERE e.type = $type" + (filtered ? " AND instr(e.name_folded, $q) > 0" : "");
        var parameters = new List<(string, object?)> { ("$type", type.ToString()) };
        if (filtered) parameters.Add(("$q", EntityRows.Fold(nameContains!.Trim())));
        return PageAsync($"FROM entities e {where}", $"SELECT {EntityRows.Columns}", "ORDER BY e.name COLLATE NOCASE, e.id",
            r => EntityRows.Read(r), page, cancellationToken, [.. parameters]);
    }

    public Task<Page<Quote>> FindQuotesAsync(QuoteFilter filter, IReadOnlyList<QuoteOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        var query = SqliteQuoteQuery.Build(filter, order);
        if (query is null) return Task.FromResult(Page<Quote>.Empty(page.Offset));
        return PageAsync(query.CountSql, $"SELECT {QuoteColumns} {query.FromWhere} {query.OrderBy}", ReadQuote, page, cancellationToken,
            [.. query.Parameters]);
    }

    public Task<Page<Event>> FindEventsAsync(EventFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var clauses = new List<string> { "e.type = 'Event'" };
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            clauses.Add("e.event_type = $etype COLLATE NOCASE");
            parameters.Add(("$etype", filter.Type.Trim()));
        }
        if (filter.InvolvesId is not null)
        {
            clauses.Add("""
                e.id IN (SELECT p.event_id FROM event_participants p WHERE p.entity_id = $involves
                         UNION SELECT f.event_id FROM event_facts f WHERE f.located_in_id = $involves)
                """);
            parameters.Add(("$involves", filter.InvolvesId));
        }
        // Partial dates ("2024-04") overlap a bound when their common prefix does: April 2024 is on or after 2024-04-10.
        if (!string.IsNullOrWhiteSpace(filter.From))
        {
            clauses.Add("e.event_date >= substr($from, 1, length(e.event_date))");
            parameters.Add(("$from", filter.From.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(filter.To))
        {
            clauses.Add("substr(e.event_date, 1, length($to)) <= $to");
            parameters.Add(("$to", filter.To.Trim()));
        }
        return PageAsync($"FROM entities e WHERE {string.Join(" AND ", clauses)}", $"SELECT {EntityRows.Columns}",
            "ORDER BY e.event_date IS NULL, e.event_date DESC, e.id", r => (Event)EntityRows.Read(r), page, cancellationToken,
            [.. parameters]);
    }

    public Task<Page<Person>> FindAffiliatedPeopleAsync(string targetId, PageRequest page, CancellationToken cancellationToken = default) =>
        PageAsync("FROM entities e WHERE e.type = 'Person' AND e.id IN (SELECT f.person_id FROM affiliations f WHERE f.target_id = $target)",
            $"SELECT {EntityRows.Columns}", "ORDER BY e.name COLLATE NOCASE, e.id", r => (Person)EntityRows.Read(r), page,
            cancellationToken, ("$target", targetId));

    /// <summary>Count and page read in one snapshot (a deferred read transaction), so the total matches the items.</summary>
    private Task<Page<T>> PageAsync<T>(string fromWhere, string select, string orderBy, Func<SqliteDataReader, T> read,
        PageRequest page, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        PageAsync($"SELECT count(*) {fromWhere}", $"{select} {fromWhere} {orderBy}", read, page, cancellationToken, parameters);

    /// <summary>Count and page in one snapshot, with a count query of its own (a counter read instead of counting rows).</summary>
    private Task<Page<T>> PageAsync<T>(string countSql, string itemsSql, Func<SqliteDataReader, T> read,
        PageRequest page, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        CheckPage(page);
        return ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            var total = (await QueryAsync(connection, tx, countSql, r => r.GetInt32(0), cancellationToken, parameters))[0];
            if (page.Limit == 0 || page.Offset >= total) return new Page<T>([], total, page.Offset);
            var items = await QueryAsync(connection, tx, $"{itemsSql} LIMIT $limit OFFSET $offset", read,
                cancellationToken, [.. parameters, ("$limit", page.Limit), ("$offset", page.Offset)]);
            return new Page<T>(items, total, page.Offset);
        }, cancellationToken);
    }
}
