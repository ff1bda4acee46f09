using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;
using static ClaimsGraph.Extraction.Tests.QuoteTestHelpers;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>
/// Constructions of wire and international news that PolNeAR (US politics of 2016) rarely has, on hand-written
/// sentences: states' bodies as sources, the time of the saying after the attribution, places next to a cue.
/// </summary>
public class InternationalNewsTests
{
    [Theory]
    [InlineData("North Korea fired two missiles into the sea on Thursday, South Korea\u2019s military said.", "organization:south-korea-military")]
    [InlineData("The Philippine coast guard said the boats had been rammed twice.", "organization:philippines-coast-guard")]
    [InlineData("China\u2019s foreign ministry said the drills were routine.", "organization:china-foreign-ministry")]
    public void A_state_s_body_named_in_lower_case_is_the_organisation_that_speaks(string text, string speaker)
    {
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal(speaker, q.Speaker.EntityId);
    }

    [Fact]
    public void The_state_owning_the_speaking_body_is_no_target()
    {
        var q = Single("North Korea fired two missiles, South Korea\u2019s military said.", QuoteKind.Indirect);
        Assert.Contains(q.About, a => a.EntityId == "state:KP");
        Assert.DoesNotContain(q.About, a => a.EntityId == "state:KR");
    }

    [Fact]
    public void A_body_word_qualifying_the_noun_after_it_is_no_organisation()
    {
        var entities = Extractor.Extract("Seoul asked for more U.S. military aid and Russia\u2019s military successes worried Tokyo.").Entities;
        Assert.DoesNotContain(entities, e => e.Entity.Id == "organization:united-states-military" || e.Entity.Id == "organization:russia-military");
    }

    [Fact]
    public void American_is_the_demonym_of_the_united_states()
    {
        var entities = Extractor.Extract("American diplomats met the envoy in Manila.").Entities;
        Assert.Contains(entities, e => e.Entity.Id == "state:US");
        Assert.DoesNotContain(entities, e => e.Entity.Id == "state:MP");
    }

    [Theory]
    [InlineData("The two countries will deepen defence ties, Kishida said after talks with Marcos in Manila.")]
    [InlineData("The two countries will deepen defence ties, Kishida said while visiting Manila.")]
    [InlineData("The two countries will deepen defence ties, Kishida said after talks with President Ferdinand Marcos Jr. in Manila.")]
    public void The_time_of_the_saying_after_the_attribution_leaves_the_clause_before_reported(string text)
    {
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("The two countries will deepen defence ties", q.Text);
        Assert.Equal("person:kishida", q.Speaker.EntityId);
    }

    [Fact]
    public void A_place_next_to_the_cue_is_no_person()
    {
        var result = Extractor.Extract("A spokesperson for the embassy in Tokyo said the visa rules would change in May.");
        Assert.DoesNotContain(result.Entities, e => e.Entity.Id == "person:tokyo");
        Assert.DoesNotContain(result.Quotes, q => q.Speaker.EntityId == "person:tokyo");
    }

    [Theory]
    [InlineData("South Korean President Moon Jae-in said the talks would resume.", "person:moon-jae-in")]
    [InlineData("UN Secretary-General Ban Ki-moon said the talks would resume.", "person:ban-ki-moon")]
    [InlineData("Taiwan President Lai Ching-te said the talks would resume.", "person:lai-ching-te")]
    public void A_hyphenated_east_asian_given_name_stays_whole(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, QuoteKind.Indirect).Speaker.EntityId);
    }

    [Fact]
    public void An_english_word_glued_to_a_name_is_no_part_of_it()
    {
        var entities = Extractor.Extract("Senator Mary Clinton-era rules and Governor Bob Smith-backed bills both failed.").Entities;
        Assert.Contains(entities, e => e.Entity.Id == "person:mary-clinton");
        Assert.Contains(entities, e => e.Entity.Id == "person:bob-smith");
    }

    private const string TwoPresidents = "Chinese President Xi Jinping met US President Joe Biden in San Francisco on Wednesday.\n\n";

    [Theory]
    [InlineData("The Chinese president warned that the strait was the most dangerous issue.", "person:xi-jinping")]
    [InlineData("The Chinese leader said Beijing would not seek war.", "person:xi-jinping")]
    [InlineData("The US president said the talks were constructive.", "person:joe-biden")]
    public void A_role_with_its_state_is_that_state_s_holder_not_the_last_one_named(string sentence, string speaker)
    {
        Assert.Equal(speaker, Single(TwoPresidents + sentence, QuoteKind.Indirect).Speaker.EntityId);
    }

    [Fact]
    public void A_role_with_its_state_in_a_quote_is_about_that_state_s_holder()
    {
        var q = Single(TwoPresidents + "Biden said: \u201cI told the Chinese president that we will defend our allies.\u201d");
        Assert.Contains(q.About, a => a.EntityId == "person:xi-jinping");
    }

    [Fact]
    public void A_role_with_a_state_no_holder_was_given_with_is_about_nobody_named()
    {
        var q = Single("President Reagan once met the envoy.\n\nHis aide said: \u201cThe Mexican president will call tomorrow.\u201d");
        Assert.DoesNotContain(q.About, a => a.EntityId == "person:reagan");
    }

    [Theory]
    [InlineData("Chinese Vice Premier He Lifeng said the talks were candid.", "person:he-lifeng")]
    [InlineData("Ministry spokesperson He Yadong said the rules would not change.", "person:he-yadong")]
    public void The_surname_he_after_a_role_is_a_name_not_the_pronoun(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, QuoteKind.Indirect).Speaker.EntityId);
    }
    [Theory]
    [InlineData("A new government would \u201cimmediately\u201d raise the state pension, the shadow work and pensions secretary said today.", "shadow work and pensions secretary")]
    [InlineData("The health and social care secretary said the new rules would start in April.", "health and social care secretary")]
    public void An_and_joining_the_portfolios_of_a_role_stays_inside_the_source(string text, string source)
    {
        var q = Extractor.Extract(text).Quotes.Single();
        Assert.EndsWith(source, Mention(text, q));
    }

    [Fact]
    public void An_and_before_a_new_subject_still_ends_the_source()
    {
        const string text = "The bridge was closed and the transport secretary said it would reopen on Monday.";
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("the transport secretary", Mention(text, q));
    }
    [Fact]
    public void A_second_cue_joined_to_an_inverted_cue_keeps_the_clause_before_and_takes_the_same_source()
    {
        const string text = "Norway had repeatedly raised the fishing dispute with Iceland, the leader said and stressed that talks would continue.";
        var reports = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Indirect).OrderBy(q => q.Span.Start).ToList();
        Assert.Equal(2, reports.Count);
        Assert.Equal("Norway had repeatedly raised the fishing dispute with Iceland", text[reports[0].Span.Start..reports[0].Span.End]);
        Assert.All(reports, r => Assert.Equal("the leader", Mention(text, r)));
    }
    [Fact]
    public void An_and_between_the_fields_of_a_body_stays_inside_its_name()
    {
        const string text = "A total of 178 passengers were rescued from a ferry on Sunday, the National Flood Relief and Recovery Council said.";
        var report = Single(text, QuoteKind.Indirect);
        Assert.Equal("National Flood Relief and Recovery Council", report.Speaker.Name);
    }

    [Fact]
    public void An_and_between_two_names_joins_no_body()
    {
        var entities = Extractor.Extract("Oslo and Bergen Council members met on Monday.").Entities;
        Assert.DoesNotContain(entities, e => e.Entity.Name.StartsWith("Oslo and", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("The opposition leader Ravi Kumar after walking out said, \u201cThere are many pending issues.\u201d", QuoteKind.Direct)]
    [InlineData("The opposition leader Ravi Kumar after walking out said the debt was too high.", QuoteKind.Indirect)]
    public void A_participle_of_when_between_the_subject_and_the_cue_is_no_part_of_the_source(string text, QuoteKind kind)
    {
        Assert.Equal("person:ravi-kumar", Single(text, kind).Speaker.EntityId);
    }
    [Fact]
    public void A_name_between_commas_after_a_role_subject_speaks_the_quoted_words_of_a_participle()
    {
        const string text = "The previous minister, Avi Levin, resigned over the latest ceasefire, calling it an \u201cutter capitulation.\u201d";
        Assert.Equal("person:avi-levin", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    // Round 32: wire-style speakers (QuoteAttributor.CueBefore.cs, SourcePhrase.cs).
    [Fact]
    public void The_hearer_after_told_is_never_the_speaker_of_the_quote()
    {
        const string text = "Envoys met in Doha on Monday. A Qatari official involved in the negotiations told Reuters, \u201cI expect both sides to accept the new proposal soon.\u201d";
        var q = Single(text);
        Assert.NotEqual("Reuters", Mention(text, q));
        Assert.Equal("A Qatari official", Mention(text, q));
    }

    [Fact]
    public void A_name_before_told_and_a_hearer_stays_the_speaker()
    {
        const string text = "Minister Ewa Lindgren told Reuters, \u201cWe will not sign this deal.\u201d";
        Assert.Equal("person:ewa-lindgren", Single(text).Speaker.EntityId);
    }

    [Theory]
    [InlineData("\u201cThe exercises send a firm message to outside forces,\u201d Wei Longmei, a spokeswoman for Beijing\u2019s Maritime Affairs Bureau, said on Thursday.", QuoteKind.Direct)]
    [InlineData("The patrols \u201csend a firm message to outside forces,\u201d Wei Longmei, a spokeswoman for the Maritime Affairs Bureau of Fujian province, said on Thursday.", QuoteKind.Partial)]
    public void A_name_before_a_long_appositive_is_the_speaker_not_the_organisation_in_it(string text, QuoteKind kind)
    {
        var q = Single(text, kind);
        Assert.Equal("Wei Longmei", Mention(text, q));
    }

    // Round 32: "Ms Lindqvist, UN deputy emergency relief co-ordinator, said": a body and a lower-case title is an appositive (SourcePhrase.cs, IsBodyTitle).
    [Fact]
    public void A_title_at_a_body_after_a_name_is_an_appositive_not_the_speaker()
    {
        const string text = "Rescue teams reached the valley on Monday.\n\nMs Lindqvist, UN deputy emergency relief co-ordinator, said that the toll was likely to rise as the damage was \"nearly complete\".";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("Lindqvist", Mention(text, q));
    }

    [Fact]
    public void A_body_and_its_officials_after_an_opening_place_stay_the_speaker()
    {
        const string text = "In Geneva, UN relief officials said that the toll was likely to rise as the damage was \"nearly complete\".";
        Assert.Equal("UN relief officials", Mention(text, Single(text, QuoteKind.Partial)));
    }

    // Round 32: a quote paragraph after "Green Party leader NAME said …" is that person's (QuoteAttributor.Context.cs, PersonSubjectBefore).
    [Fact]
    public void A_party_and_a_title_before_the_name_opening_the_previous_paragraph_give_the_quote_to_that_person()
    {
        const string text = "Green Party leader Mary Ann Fitzgibbon said ministers had claimed that 40,000 homes would be built.\n\n\u201cThis was a ploy to fool people. We all knew it was nonsense.\u201d";
        Assert.Equal("person:mary-ann-fitzgibbon", Single(text).Speaker.EntityId);
    }
    [Fact]
    public void The_apostrophe_of_a_plural_possessive_in_an_appositive_keeps_the_name_the_speaker()
    {
        const string text = "Mr Cole said ministers had \u2018been unwilling to engage\u2019.\n\nAnn Fell, head of school leaders\u2019 union NAHT, said \u2018the meeting was unproductive\u2019 but talks would go on.\n\nShe added: \u2018We will be back.\u2019";
        var q = Assert.Single(Extractor.Extract(text).Quotes, r => r.Kind == QuoteKind.Partial && r.Span.Start > text.IndexOf("Ann", StringComparison.Ordinal));
        Assert.Equal("person:ann-fell", q.Speaker.EntityId);
    }
    [Fact]
    public void As_a_described_source_put_it_introduces_the_quote()
    {
        const string text = "Fish grew bolder in the tanks. As one journalist covering the research put it, \u201cAcid water can mess with a fish\u2019s mind.\u201d";
        Assert.Equal("one journalist covering the research", Mention(text, Single(text)));
    }
    [Fact]
    public void A_title_of_a_body_between_commas_is_an_appositive_however_long()
    {
        const string text = "Bob Kerr, coordinator of relief efforts for the International Federation of the Red Cross, told CNN that \u201cyou can still keep some hope\u201d for survivors.";
        Assert.Equal("person:bob-kerr", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    [Fact]
    public void A_share_of_a_group_between_commas_is_no_title_appositive()
    {
        const string text = "And North Carolina\u2019s Ada Fisher, one of only a handful of African-American party members, said Lee will exceed expectations.";
        Assert.Equal("person:ada-fisher", Single(text, QuoteKind.Indirect).Speaker.EntityId);
    }
    [Fact]
    public void In_hard_wrapped_wire_copy_a_line_break_is_a_space_and_a_blank_line_parts_paragraphs()
    {
        const string text = "LUSAKA (Reuters) - Zambia needs $90 million in aid to help feed two million\n"
            + "people hit by a long drought and avoid a \u201cfood emergency on a national\n"
            + "scale,\u201d the government of President Hakainde Hichilema said on\n"
            + "Monday.\n\n"
            + "Farmers in the southern province have lost most of their maize and many\n"
            + "have sold their cattle to buy food, the ministry of agriculture said in a\n"
            + "report published on Friday.\n\n"
            + "\u201cThe rains that normally come in November did not arrive,\u201d the\n"
            + "statement said. \u201cDonors must act now to stop a catastrophe in the\n"
            + "south.\u201d\n\n"
            + "The agency said it had enough stocks to feed about half a million people\n"
            + "until March but would run out of food in the north of the country by\n"
            + "the end of the year.\n";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.NotNull(q.Cue));
        Assert.Equal("the\nstatement", Mention(text, quotes[1]));
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(4, tokens.Count(t => t.Is(TokenFlags.ParagraphStart)));
    }

    [Fact]
    public void Short_lines_of_an_address_or_a_list_stay_paragraphs()
    {
        const string text = "The council named its new board:\nAnna Berg, chair\nLuis Ortega, treasurer\nMina Patel, secretary\nTom Reed\nSara Lind\nOle Dahl\nEva Moss\nJon Kray\n\nThe board meets on Monday.";
        Assert.Equal(10, Tokenizer.Tokenize(text).Count(t => t.Is(TokenFlags.ParagraphStart)));
    }
    [Fact]
    public void Two_sources_joined_by_and_after_quoted_words_still_attribute_the_clause()
    {
        const string text = "Malawi needs $80 million to avoid a \u201cfood emergency on a national scale,\u201d the government and the United Nations said on Monday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("said", text[q.Cue!.Value.Start..q.Cue.Value.End]);
        Assert.Contains("United Nations", Mention(text, q));
    }

    [Fact]
    public void A_wire_headline_closed_by_a_colon_and_a_source_reports_its_words()
    {
        const string text = "Harbour tours will lift the town: Lindqvist\n\nOSLO (Wire) - The harbour board met on Monday to plan the season.";
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("Harbour tours will lift the town", text[q.Span.Start..q.Span.End]);
        Assert.Equal("Lindqvist", Mention(text, q));
    }
}
