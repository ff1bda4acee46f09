using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage;

/// <summary>
/// What every store refuses in a report's pieces. The stores keep the span and the pieces apart (SQLite's
/// span columns and pieces column, Neo4j's span properties and pieces list), so a report whose pieces do not
/// start with its span would read back as something the extraction never meant. Overlapping pieces are let
/// through: they are still highlightable text, and refusing them would refuse the whole article for a flaw in one
/// quote (the pipeline gave 6 of 1,421 multi-piece quotes over PolNeAR train and dev before MergePieces stopped it).
/// </summary>
internal static class QuoteReportPieces
{
    public static IEnumerable<string> Problems(ArticleGraph graph) =>
        graph.Reports.Where(r => r.Pieces.Count > 0 && !Consistent(r))
            .Select(r => $"the pieces of quote report '{r.QuoteId}' must start with its span and follow in text order");

    private static bool Consistent(QuoteReport report)
    {
        if (report.Pieces[0] != report.Span) return false;
        var previousStart = 0;
        foreach (var piece in report.Pieces)
        {
            if (piece.Start < previousStart || piece.End < piece.Start) return false;
            previousStart = piece.Start;
        }
        return true;
    }
}
