using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage;

/// <summary>
/// What every store refuses in a report's pieces. The stores keep the span and the pieces apart (SQLite's
/// span columns and pieces column, Neo4j's span properties and pieces list), so a report whose pieces do not
/// start with its span would read back as something the extraction never meant.
/// </summary>
internal static class QuoteReportPieces
{
    public static IEnumerable<string> Problems(ArticleGraph graph) =>
        graph.Reports.Where(r => r.Pieces.Count > 0 && !Consistent(r))
            .Select(r => $"the pieces of quote report '{r.QuoteId}' must start with its span and follow in text order without overlapping");

    private static bool Consistent(QuoteReport report)
    {
        if (report.Pieces[0] != report.Span) return false;
        var previousEnd = 0;
        foreach (var piece in report.Pieces)
        {
            if (piece.Start < previousEnd || piece.End < piece.Start) return false;
            previousEnd = piece.End;
        }
        return true;
    }
}
