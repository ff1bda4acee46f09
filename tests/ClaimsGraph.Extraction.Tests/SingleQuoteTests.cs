using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Articles that quote the British way (‘…’, '…'), told apart from American ones by <see cref="QuoteConvention"/>.</summary>
public class SingleQuoteTests
{
    private const string British =
        "The prime minister defended the plan on Tuesday.\n\n" +
        "\u2018We will not back down on this,\u2019 said Keir Starmer. \u2018The country\u2019s workers need it.\u2019\n\n" +
        "Rishi Sunak, the opposition leader, said the plan was \u2018a disaster waiting to happen\u2019.\n\n" +
        "'It is a shameful betrayal of the voters' trust,' Ed Davey told reporters. 'He said \"never\" in the 1990s.'\n";

    [Fact]
    public void An_article_quoting_with_single_marks_is_read_the_british_way()
    {
        Assert.True(QuoteConvention.UsesSingleMarks(British));
        Assert.False(QuoteConvention.UsesSingleMarks("\u201cWe won,\u201d she said. \u201cHe told me \u2018never\u2019 and \u2018not now\u2019.\u201d"));
        Assert.False(QuoteConvention.UsesSingleMarks("''He said, 'Eight years, no daylight,' '' she recalled. ''I said, 'No.' ''"));
        Assert.False(QuoteConvention.UsesSingleMarks("Ryan calls Trump's line 'racist' in an interview."));
    }

    [Fact]
    public void Apostrophes_stay_apostrophes_in_single_mark_mode()
    {
        const string text = "\u2018The voters\u2019 trust in the \u201990s is gone,\u2019 said Ann Lee. 'Rock 'n' roll,' she added.";
        var tokens = Tokenizer.Tokenize(text, singleQuotes: true);
        var marks = tokens.Where(t => t.Kind == TokenKind.Quote).Select(t => t.Start).ToList();
        Assert.Equal(0, marks[0]);
        Assert.Contains(text.IndexOf("gone,\u2019", StringComparison.Ordinal) + 5, marks);
        Assert.DoesNotContain(text.IndexOf("voters\u2019", StringComparison.Ordinal) + 6, marks);
        Assert.DoesNotContain(text.IndexOf("\u201990s", StringComparison.Ordinal), marks);
        Assert.Contains(tokens, t => text[t.Start..t.End] == "Rock");
    }

    [Fact]
    public void Single_mark_quotes_get_their_speakers_and_double_marks_inside_them_are_text()
    {
        var quotes = new ExtractionPipeline().Extract(British).Quotes;

        var starmer = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && q.Speaker.EntityId == "person:keir-starmer");
        Assert.Equal(2, starmer.Pieces.Count);
        Assert.StartsWith("We will not back down on this", starmer.Text);
        var sunak = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("person:rishi-sunak", sunak.Speaker.EntityId);
        var davey = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && q.Speaker.EntityId == "person:ed-davey");
        Assert.Contains("voters' trust", davey.Text);
        Assert.Contains("\"never\"", davey.Text);
    }
}
