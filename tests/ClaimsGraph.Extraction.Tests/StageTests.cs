using ClaimsGraph.Extraction.Events;
using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Tests;

public class TokenizerTests
{
    [Fact]
    public void Words_keep_their_offsets_and_the_possessive_is_split_off()
    {
        const string text = "Kishida\u2019s U.S. visit.";
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Select(t => text[t.Start..t.End]).ToList();
        Assert.Equal(["Kishida", "\u2019s", "U.S.", "visit", "."], words);
        Assert.True(tokens[1].Is(TokenFlags.Clitic));
    }

    [Fact]
    public void Contractions_stay_whole_and_quote_marks_are_typed()
    {
        const string text = "\u201cWe don\u2019t know,\u201d he said.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
        Assert.True(tokens[0].Is(TokenFlags.Opening));
        Assert.Contains(tokens, t => text[t.Start..t.End] == "don\u2019t");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Quote && t.Is(TokenFlags.Closing));
    }

    [Fact]
    public void Two_apostrophes_are_one_quote_mark_only_when_asked()
    {
        const string text = "''We won,'' she said.";
        var nyt = Tokenizer.Tokenize(text, doubleApostropheQuotes: true);
        Assert.Equal(TokenKind.Quote, nyt[0].Kind);
        Assert.Equal("''", text[nyt[0].Start..nyt[0].End]);
        Assert.Equal(2, nyt.Count(t => t.Kind == TokenKind.Quote));
        Assert.DoesNotContain(Tokenizer.Tokenize(text), t => t.Kind == TokenKind.Quote);
    }

    [Theory]
    [InlineData("FOLLOW US ON GOOGLE NEWS")]
    [InlineData("Read original article here")]
    [InlineData("01:45")]
    [InlineData("Leave a Comment")]
    public void Boilerplate_lines_are_skipped_without_moving_offsets(string line)
    {
        var text = "First line.\n\n" + line + "\n\nLast line.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.DoesNotContain(tokens, t => t.Start >= text.IndexOf(line, StringComparison.Ordinal) && t.End <= text.IndexOf(line, StringComparison.Ordinal) + line.Length);
        Assert.Equal("Last", text[tokens[^3].Start..tokens[^3].End]);
    }
}

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var doc = new Document(text);
        return doc.Sentences.Select(s => doc.TextOf(s.FirstToken, s.EndToken)).ToList();
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Sen. Ted Cruz met Mr. J. Smith at 9 a.m. on Jan. 5 in the U.S. capital.", "Then he left."],
            Sentences("Sen. Ted Cruz met Mr. J. Smith at 9 a.m. on Jan. 5 in the U.S. capital. Then he left."));
    }

    [Fact]
    public void State_abbreviations_do_not_end_sentences()
    {
        Assert.Equal(
            ["The rally in Tampa, Fla. Friday drew more people than the one in Worcester, Mass. Thursday.", "Then it rained."],
            Sentences("The rally in Tampa, Fla. Friday drew more people than the one in Worcester, Mass. Thursday. Then it rained."));
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence_and_paragraphs_always_split()
    {
        Assert.Equal(["\u201cWe are ready.\u201d", "He left.", "New paragraph"], Sentences("\u201cWe are ready.\u201d He left.\n\nNew paragraph"));
    }
}

public class QuoteMarkPairerTests
{
    [Fact]
    public void A_quote_continued_over_paragraphs_is_cut_at_the_break_and_resumed()
    {
        const string text = "He said: \u201cFirst part.\n\n\u201cSecond part,\u201d he added.";
        var doc = new Document(text);
        var pieces = QuoteMarkPairer.Pair(doc);
        Assert.Equal(2, pieces.Count);
        Assert.Equal(-1, pieces[0].Close);
        Assert.Equal("First part.", text[pieces[0].ContentStart..pieces[0].ContentEnd]);
        Assert.Equal("Second part,", text[pieces[1].ContentStart..pieces[1].ContentEnd]);
    }

    [Fact]
    public void Straight_marks_alternate_and_stray_closing_marks_are_dropped()
    {
        const string text = "\u201d Odd. \"One,\" he said, \"two.\"";
        var pieces = QuoteMarkPairer.Pair(new Document(text));
        Assert.Equal(["One,", "two."], pieces.Select(p => text[p.ContentStart..p.ContentEnd]));
    }
}

public class DateExpressionTests
{
    private static readonly DateTimeOffset Friday = new(2024, 4, 5, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("on January 1", "2024-01-01")]
    [InlineData("by March 2025", "2025-03")]
    [InlineData("next week", "2024-04")]
    [InlineData("on Wednesday", "2024-04-03")]
    [InlineData("in 2015", "2015")]
    [InlineData("yesterday", "2024-04-04")]
    public void Dates_resolve_against_the_publication_date(string words, string expected)
    {
        var doc = new Document(words + " it happened.");
        Assert.Equal(expected, DateExpression.At(doc, 0, doc.Tokens.Count, Friday)?.Date);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_keep_only_their_words()
    {
        var doc = new Document("on Wednesday it happened.");
        var found = DateExpression.At(doc, 0, doc.Tokens.Count, null);
        Assert.NotNull(found);
        Assert.Null(found.Value.Date);
        Assert.Equal("on Wednesday", found.Value.Text);
    }
}
