using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Typed events through the whole pipeline on hand-written sentences (the seed article's events are in <see cref="SeedArticleTests"/>).</summary>
public class EventTests
{
    private static readonly ExtractionPipeline Extractor = new();

    [Fact]
    public void A_visit_takes_the_place_it_names_as_its_object()
    {
        var visit = Assert.Single(Extractor.Extract("Japanese Prime Minister Shigeru Ishiba will visit Seoul next week.").Events, e => e.Event.EventType == "VISIT");
        Assert.Equal("state:KR", visit.LocatedInId);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Tuesday, the third launch this month.")]
    [InlineData("The company plans a product launch in May.")]
    public void A_launch_of_a_missile_or_a_product_is_no_establishment(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text).Events, e => e.Event.EventType == "ESTABLISHMENT");
    }

    [Fact]
    public void A_launch_of_a_body_is_an_establishment()
    {
        Assert.Contains(Extractor.Extract("Tokyo will launch a joint command in March.").Events, e => e.Event.EventType == "ESTABLISHMENT");
    }

    [Fact]
    public void People_who_protested_make_a_protest_in_the_place_named()
    {
        var protest = Assert.Single(Extractor.Extract("Thousands of people protested in Tbilisi against the decision.").Events, e => e.Event.EventType == "PROTEST");
        Assert.Equal("state:GE", protest.LocatedInId);
    }

    private static readonly DateTimeOffset Friday = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_date_between_the_verb_and_the_trigger_dates_the_event()
    {
        var talks = Assert.Single(Extractor.Extract("Prime Minister Tom Reid will travel to Oslo next week for talks with Premier Ola Berg.", Friday).Events,
            e => e.Event.EventType == "TALKS");
        Assert.Equal("next week", talks.Event.DateText);
        Assert.NotNull(talks.Event.Date);
    }

    [Fact]
    public void The_date_of_the_saying_is_not_the_date_of_the_event()
    {
        var talks = Assert.Single(Extractor.Extract("On Monday, the minister said the talks would resume.", Friday).Events, e => e.Event.EventType == "TALKS");
        Assert.Null(talks.Event.DateText);
    }

    [Fact]
    public void A_later_month_in_a_sentence_about_what_will_happen_is_this_year_s()
    {
        var published = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var summit = Assert.Single(Extractor.Extract("The two leaders will hold a summit in Oslo in November.", published).Events, e => e.Event.EventType == "SUMMIT");
        Assert.Equal("2026-11", summit.Event.Date);
        var past = Assert.Single(Extractor.Extract("The two leaders held a summit in Oslo in November.", published).Events, e => e.Event.EventType == "SUMMIT");
        Assert.Equal("2025-11", past.Event.Date);
    }
}
