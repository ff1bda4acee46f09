using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Domain.Tests;

public class QuoteReportTests
{
    private static QuoteReport Report(params TextSpan[] pieces) =>
        new("quote:1", "article:1", pieces[0], new TextSpan(20, 24), null) { Pieces = pieces.Length > 1 ? pieces : [] };

    [Fact]
    public void Reports_with_the_same_pieces_are_equal_even_in_different_lists()
    {
        var read = Report(new TextSpan(1, 10), new TextSpan(30, 40));
        var written = Report(new TextSpan(1, 10), new TextSpan(30, 40));
        Assert.Equal(written, read);
        Assert.Equal(written.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void Reports_with_other_pieces_differ()
    {
        Assert.NotEqual(Report(new TextSpan(1, 10), new TextSpan(30, 40)), Report(new TextSpan(1, 10), new TextSpan(30, 41)));
        Assert.NotEqual(Report(new TextSpan(1, 10), new TextSpan(30, 40)), Report(new TextSpan(1, 10)));
    }

    [Fact]
    public void A_one_piece_report_shows_its_span_as_its_only_piece()
    {
        Assert.Equal([new TextSpan(1, 10)], Report(new TextSpan(1, 10)).AllPieces);
        Assert.Equal([new TextSpan(1, 10), new TextSpan(30, 40)], Report(new TextSpan(1, 10), new TextSpan(30, 40)).AllPieces);
    }
}
