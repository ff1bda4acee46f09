using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Extraction.Tests;

public class SeedArticleTests
{
    private static IEnumerable<Pipeline.ExtractedQuote> QuotesBy(string speaker) =>
        SeedArticle.Result.Quotes.Where(q => q.Speaker.EntityId == speaker);

    [Theory]
    [InlineData("We are literally in the first chapter writing a new era.")]
    [InlineData("We believe whatever we do working with Japan in this new fashion will better enhance the way we do a plan,")]
    public void Emanuel_is_the_speaker_of_the_exact_quote(string text)
    {
        Assert.Contains(QuotesBy("person:rahm-emanuel"), q => q.Text == text && q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Emanuel_says_the_change_is_to_deal_with_challenges_and_that_nobody_else_got_this()
    {
        var quotes = QuotesBy("person:rahm-emanuel").ToList();
        Assert.Contains(quotes, q => q.Text.StartsWith("The change is to deal with a series of challenges", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.StartsWith("We haven\u2019t done this with any other country.", StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_spans_index_the_text_without_the_marks()
    {
        foreach (var q in SeedArticle.Result.Quotes)
        {
            Assert.Equal(q.Text, SeedArticle.Text[q.Span.Start..q.Span.End]);
            Assert.DoesNotContain(q.Text[0], "\u201C\u201D\"");
        }
    }

    [Fact]
    public void The_ambassador_told_reporters_resolves_to_Emanuel_with_the_role_noun_as_mention()
    {
        var q = SeedArticle.Result.Quotes.Single(q => q.Text.StartsWith("We are literally", StringComparison.Ordinal));
        Assert.Equal("person:rahm-emanuel", q.Speaker.EntityId);
        Assert.Equal("the ambassador", SeedArticle.Text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End]);
        Assert.Equal("told", SeedArticle.Text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void The_much_more_assertive_China_quote_is_about_China_and_not_about_its_speaker()
    {
        var quotes = QuotesBy("person:rahm-emanuel").Where(q => q.Text.Contains("much more assertive China", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q.About, a => a.EntityId == "state:CN"));
        Assert.All(SeedArticle.Result.Quotes, q => Assert.DoesNotContain(q.About, a => a.EntityId == q.Speaker.EntityId));
    }

    [Fact]
    public void States_US_JP_CN_TW_PH_are_found()
    {
        var ids = SeedArticle.Result.Entities.Select(e => e.Entity.Id).ToHashSet();
        foreach (var code in new[] { "US", "JP", "CN", "TW", "PH" }) Assert.Contains("state:" + code, ids);
    }

    [Theory]
    [InlineData("Beijing", "state:CN")]
    [InlineData("Japanese", "state:JP")]
    [InlineData("Tokyo", "state:JP")]
    public void Demonyms_and_capitals_used_as_actors_count_as_their_state(string word, string state)
    {
        var entity = SeedArticle.Result.Entities.Single(e => e.Entity.Id == state);
        Assert.Contains(entity.Mentions, m => SeedArticle.Text[m.Start..m.End] == word);
    }

    [Fact]
    public void Washington_as_the_place_of_a_summit_is_no_state_mention_but_locates_the_summit()
    {
        var us = SeedArticle.Result.Entities.Single(e => e.Entity.Id == "state:US");
        Assert.DoesNotContain(us.Mentions, m => SeedArticle.Text[m.Start..m.End] == "Washington");
        Assert.Contains(SeedArticle.Result.Events, e => e.Event.EventType == "SUMMIT" && e.LocatedInId == "state:US");
    }

    [Theory]
    [InlineData("person:fumio-kishida", "state:JP", "Prime Minister")]
    [InlineData("person:joe-biden", "state:US", "President")]
    [InlineData("person:rahm-emanuel", "state:US", "Ambassador to Japan")]
    public void Titles_give_affiliations(string person, string target, string role)
    {
        Assert.Contains(new Affiliation(person, target, role), SeedArticle.Result.Affiliations);
    }

    [Fact]
    public void Nothing_from_the_boilerplate_becomes_an_entity_or_quote()
    {
        var boilerplate = SeedArticle.Text.IndexOf("FOLLOW US ON GOOGLE NEWS", StringComparison.Ordinal);
        Assert.True(boilerplate > 0);
        foreach (var e in SeedArticle.Result.Entities)
        {
            Assert.DoesNotContain("google", e.Entity.Id);
            Assert.DoesNotContain("chronicles", e.Entity.Id);
            Assert.All(e.Mentions, m => Assert.True(m.Start < boilerplate, $"{e.Entity.Id} mentioned in the boilerplate"));
        }
        Assert.All(SeedArticle.Result.Quotes, q => Assert.True(q.Span.End < boilerplate));
    }

    [Fact]
    public void Sources_close_to_the_matter_are_an_anonymous_source()
    {
        var q = SeedArticle.Result.Quotes.Single(q => q.Text.StartsWith("the modification to the alliance", StringComparison.Ordinal));
        Assert.Null(q.Speaker.EntityId);
        Assert.Equal("sources close to the matter", q.Speaker.Description);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void Many_nations_not_the_US_of_their_aside_do_not_acknowledge_Taiwan()
    {
        var q = SeedArticle.Result.Quotes.Single(q => q.Text == "Taiwan as an independent state");
        Assert.Equal("many nations", SeedArticle.Text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End]);
        Assert.Null(q.Speaker.EntityId);
        Assert.Contains(q.About, t => t.EntityId == "state:TW");
    }

    [Fact]
    public void They_who_oppose_any_use_of_force_are_the_many_nations()
    {
        var q = SeedArticle.Result.Quotes.Single(q => q.Text.StartsWith("any use of force", StringComparison.Ordinal));
        Assert.Equal("many nations", q.Speaker.Description);
    }

    [Fact]
    public void Beijing_s_view_of_the_island_is_about_Taiwan()
    {
        var q = SeedArticle.Result.Quotes.Single(q => q.Text.StartsWith("the island as part of China", StringComparison.Ordinal));
        Assert.Equal("state:CN", q.Speaker.EntityId);
        Assert.Contains(q.About, t => t.EntityId == "state:TW");
    }

    [Fact]
    public void Surname_and_pronoun_resolve_to_the_full_name()
    {
        var emanuel = SeedArticle.Result.Entities.Single(e => e.Entity.Id == "person:rahm-emanuel");
        Assert.Contains(emanuel.Mentions, m => SeedArticle.Text[m.Start..m.End] == "Emanuel");
        var he = SeedArticle.Result.Quotes.Single(q => q.Text.StartsWith("We haven\u2019t", StringComparison.Ordinal));
        Assert.Equal("he", SeedArticle.Text[he.Speaker.Mention!.Value.Start..he.Speaker.Mention.Value.End]);
        Assert.Equal("person:rahm-emanuel", he.Speaker.EntityId);
    }

    [Fact]
    public void Scare_quotes_are_no_quotes_of_their_own()
    {
        Assert.DoesNotContain(SeedArticle.Result.Quotes, q => q.Text is "central depot" or "deployed immediately" or "anywhere in the region");
    }

    [Theory]
    [InlineData("VISIT", "person:fumio-kishida", null)]
    [InlineData("SUMMIT", "state:US", null)]
    [InlineData("MEETING", "person:joe-biden", "2024-04-10")]
    [InlineData("DISASTER", "state:JP", "2024-01-01")]
    [InlineData("DISASTER", "state:TW", null)]
    [InlineData("ESTABLISHMENT", "state:JP", "2025-03")]
    [InlineData("CLASH", "state:PH", null)]
    [InlineData("INVASION", "state:TW", null)]
    public void The_seed_events_are_found(string type, string participant, string? date)
    {
        Assert.Contains(SeedArticle.Result.Events, e => e.Event.EventType == type
            && e.Participants.Any(p => p.EntityId == participant)
            && (date is null || e.Event.Date == date));
    }
}
