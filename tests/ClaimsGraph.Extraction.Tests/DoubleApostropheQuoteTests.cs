using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>NYT-style quotes (<c>''…''</c>) through the whole pipeline, with <see cref="ExtractionOptions.DoubleApostropheQuotes"/> on and off.</summary>
public class DoubleApostropheQuoteTests
{
    private const string Text =
        "The economy grew again.\n\n''We may finally be seeing wage growth, and that would be a big story,'' the economist Jared Bernstein wrote on his blog.\n\n" +
        "''That wasn't a good way to treat me,'' he complained to an aide afterward.\n";

    [Fact]
    public void With_the_option_on_they_are_direct_quotes_with_their_speakers()
    {
        var quotes = new ExtractionPipeline(new ExtractionOptions { DoubleApostropheQuotes = true }).Extract(Text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.All(quotes, q => Assert.Equal("person:jared-bernstein", q.Speaker.EntityId));
        Assert.StartsWith("We may finally be seeing wage growth", quotes[0].Text);
        Assert.Equal("wrote", Text[quotes[0].Cue!.Value.Start..quotes[0].Cue!.Value.End]);
    }

    [Fact]
    public void By_default_two_apostrophes_are_no_quotation_mark()
    {
        Assert.DoesNotContain(new ExtractionPipeline().Extract(Text).Quotes, q => q.Kind is QuoteKind.Direct or QuoteKind.Partial);
    }
}
