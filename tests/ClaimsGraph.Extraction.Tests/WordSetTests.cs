using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>The length and first-letter masks in front of the hash lookup must never reject a word the set holds.</summary>
public class WordSetTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("Élysée")]
    [InlineData("élysée")]
    [InlineData("9/11")]
    public void A_word_of_the_set_is_found_in_any_case(string word)
    {
        var set = new WordSet(["said", "Élysée", "9/11"]);
        Assert.True(set.Contains(word));
    }

    [Theory]
    [InlineData("sad")]
    [InlineData("aid")]
    [InlineData("says")]
    [InlineData("")]
    public void A_word_not_in_the_set_is_not_found(string word)
    {
        var set = new WordSet(["said", "told"]);
        Assert.False(set.Contains(word));
    }

    [Fact]
    public void A_case_sensitive_set_tells_cases_apart()
    {
        var set = new WordSet(["Jersey"], ignoreCase: false);
        Assert.True(set.Contains("Jersey"));
        Assert.False(set.Contains("jersey"));
    }

    [Fact]
    public void Words_longer_than_the_length_mask_are_found()
    {
        var longWord = new string('x', 70);
        var set = new WordSet([longWord, new string('y', 64)]);
        Assert.True(set.Contains(longWord));
        Assert.True(set.Contains(new string('y', 64)));
        Assert.False(set.Contains(new string('x', 64)));
    }

    [Fact]
    public void An_empty_word_is_found_only_in_a_set_that_holds_it()
    {
        Assert.True(new WordSet([""]).Contains(""));
        Assert.False(new WordSet(["a"]).Contains(""));
    }

    [Theory]
    [InlineData("They met the Foreign Minister today.", 2)]
    [InlineData("They met the FOREIGN MINISTER today.", 2)]
    [InlineData("They met the Former Minister today.", 0)]
    public void A_phrase_matcher_finds_its_first_word_through_the_mask(string text, int expected)
    {
        var matcher = new PhraseMatcher<int>([("foreign minister", 1), ("Élysée Palace", 2)], ignoreCase: true);
        var tokens = Tokenizer.Tokenize(text);
        var at = tokens.FindIndex(t => text[t.Start..t.End].Equals("foreign", StringComparison.OrdinalIgnoreCase) || text[t.Start..t.End] == "Former");
        Assert.Equal(expected, matcher.Match(text, tokens, at, tokens.Count, out _));
        Assert.Equal(expected > 0, matcher.ContainsFirstWord(text.AsSpan(tokens[at].Start, tokens[at].Length)));
    }
}
