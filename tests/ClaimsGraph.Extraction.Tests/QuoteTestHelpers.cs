using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Runs the real pipeline on a hand-written text and reads one quote and its speaker mention.</summary>
internal static class QuoteTestHelpers
{
    public static readonly ExtractionPipeline Extractor = new();

    public static ExtractedQuote Single(string text, QuoteKind kind = QuoteKind.Direct) =>
        Assert.Single(Extractor.Extract(text).Quotes, q => q.Kind == kind);

    /// <summary>The DIRECT quotes of <paramref name="text"/>, asserting there are <paramref name="count"/>.</summary>
    public static List<ExtractedQuote> Directs(string text, int count)
    {
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(count, quotes.Count);
        return quotes;
    }

    public static string Mention(string text, ExtractedQuote q) => text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End];
}
