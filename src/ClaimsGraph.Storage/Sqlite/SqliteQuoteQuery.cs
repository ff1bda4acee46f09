using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// Builds the SQL of a quote search from a filter: a fixed set of clauses, each with its parameter.
/// Kept apart so a test can check with EXPLAIN QUERY PLAN that every filter path reads an index.
/// </summary>
internal static class SqliteQuoteQuery
{
    /// <summary>The WHERE clause and its parameters, or null when the filter cannot match anything (no words to search).</summary>
    public static (string Where, List<(string Name, object? Value)> Parameters)? Where(QuoteFilter filter)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (filter.SpeakerId is not null)
        {
            clauses.Add("q.speaker_id = $speaker");
            parameters.Add(("$speaker", filter.SpeakerId));
        }
        if (filter.AboutId is not null)
        {
            clauses.Add("q.id IN (SELECT t.quote_id FROM quote_targets t WHERE t.entity_id = $about)");
            parameters.Add(("$about", filter.AboutId));
        }
        if (filter.ArticleId is not null)
        {
            clauses.Add("q.id IN (SELECT r.quote_id FROM quote_reports r WHERE r.article_id = $article)");
            parameters.Add(("$article", filter.ArticleId));
        }
        if (filter.Kind is { } kind)
        {
            clauses.Add("q.kind = $kind");
            parameters.Add(("$kind", kind.ToString()));
        }
        if (filter.MinConfidence is { } min)
        {
            clauses.Add("q.confidence >= $minConfidence");
            parameters.Add(("$minConfidence", min));
        }
        if (filter.Text is not null)
        {
            var match = FtsQuery.Build(filter.Text);
            if (match is null) return null;
            clauses.Add("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $match)");
            parameters.Add(("$match", match));
        }
        // One reporting article must satisfy every article-side bound at once.
        var report = new List<string>();
        if (filter.Source is not null)
        {
            report.Add("a.source = $source COLLATE NOCASE");
            parameters.Add(("$source", filter.Source.Trim()));
        }
        if (filter.PublishedAfter is { } after)
        {
            report.Add("a.published_at >= $after");
            parameters.Add(("$after", after.UtcTicks));
        }
        if (filter.PublishedBefore is { } before)
        {
            report.Add("a.published_at < $before");
            parameters.Add(("$before", before.UtcTicks));
        }
        if (report.Count > 0)
            clauses.Add("q.id IN (SELECT r2.quote_id FROM quote_reports r2 JOIN articles a ON a.id = r2.article_id WHERE "
                + string.Join(" AND ", report) + ")");
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), parameters);
    }

    /// <summary>ORDER BY from the requested orders (fixed column names only); newest first when none; quote id breaks ties.</summary>
    public static string OrderBy(IReadOnlyList<QuoteOrder> order)
    {
        var terms = new List<string>();
        foreach (var o in order.Count == 0 ? [new QuoteOrder(QuoteOrderField.PublishedAt, true)] : order)
        {
            var dir = o.Descending ? " DESC" : "";
            terms.Add(o.Field switch
            {
                QuoteOrderField.Confidence => "q.confidence" + dir,
                QuoteOrderField.Text => "q.text COLLATE NOCASE" + dir,
                // Quotes no dated article reports sort last either way.
                _ => "q.last_published IS NULL, q.last_published" + dir,
            });
        }
        terms.Add("q.id");
        return "ORDER BY " + string.Join(", ", terms);
    }
}
