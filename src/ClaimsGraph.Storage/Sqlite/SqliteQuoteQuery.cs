using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The SQL of a quote search built from a filter: a fixed set of clauses, each with its parameter.
/// A search about a subject is driven by <c>quote_about</c> (one index range, already newest first) and
/// counts from the per-subject counters when nothing else narrows it, so its cost does not grow with the corpus.
/// Kept apart so a test can check with EXPLAIN QUERY PLAN that every filter path reads an index.
/// </summary>
internal sealed record SqliteQuoteQuery(string FromWhere, string OrderBy, string CountSql, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    /// <summary>The query for a filter and order, or null when the filter cannot match anything (no words to search).</summary>
    public static SqliteQuoteQuery? Build(QuoteFilter filter, IReadOnlyList<QuoteOrder> order)
    {
        var about = filter.AboutId is not null;
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (about)
        {
            clauses.Add("qa.entity_id = $about");
            parameters.Add(("$about", filter.AboutId));
        }
        if (filter.SpeakerId is not null)
        {
            clauses.Add(about ? "qa.speaker_id = $speaker" : "q.speaker_id = $speaker");
            parameters.Add(("$speaker", filter.SpeakerId));
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
        // When only the subject (and speaker) narrow the search, the counters know the total.
        var countedBySubject = about && clauses.Count == (filter.SpeakerId is null ? 1 : 2);

        // CROSS JOIN keeps quote_about as the outer loop: its index already holds the subject's quotes in order.
        var from = about ? "FROM quote_about qa CROSS JOIN quotes q ON q.id = qa.quote_id" : "FROM quotes q";
        var fromWhere = clauses.Count == 0 ? from : $"{from} WHERE {string.Join(" AND ", clauses)}";
        var count = !countedBySubject ? $"SELECT count(*) {fromWhere}"
            : filter.SpeakerId is null
                ? "SELECT coalesce((SELECT quotes FROM subject_totals WHERE entity_id = $about), 0)"
                : "SELECT coalesce((SELECT quotes FROM subject_speakers WHERE entity_id = $about AND speaker_id = $speaker), 0)";
        return new SqliteQuoteQuery(fromWhere, OrderByFor(order, about), count, parameters);
    }

    /// <summary>ORDER BY from the requested orders (fixed column names only); newest first when none; quote id breaks ties.</summary>
    private static string OrderByFor(IReadOnlyList<QuoteOrder> order, bool about)
    {
        // About a subject, the newest-first terms are quote_about's, so the ix_quote_about_* index order serves them.
        var table = about ? "qa" : "q";
        var terms = new List<string>();
        foreach (var o in order.Count == 0 ? [new QuoteOrder(QuoteOrderField.PublishedAt, true)] : order)
        {
            var dir = o.Descending ? " DESC" : "";
            terms.Add(o.Field switch
            {
                QuoteOrderField.Confidence => "q.confidence" + dir,
                QuoteOrderField.Text => "q.text COLLATE NOCASE" + dir,
                // Quotes no dated article reports sort last either way.
                _ => $"{table}.last_published IS NULL, {table}.last_published" + dir,
            });
        }
        terms.Add(about ? "qa.quote_id" : "q.id");
        return "ORDER BY " + string.Join(", ", terms);
    }
}
