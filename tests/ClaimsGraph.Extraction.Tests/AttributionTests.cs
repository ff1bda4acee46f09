using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;
using static ClaimsGraph.Extraction.Tests.QuoteTestHelpers;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Speech cues in every position, on hand-written sentences.</summary>
public class AttributionTests
{
    [Fact]
    public void Quote_then_name_and_cue()
    {
        const string text = "Senator Maria Gonzalez visited the plant. \u201cThe plant will stay open,\u201d Gonzalez said.";
        var q = Single(text);
        Assert.Equal("person:maria-gonzalez", q.Speaker.EntityId);
        Assert.Equal("Gonzalez", Mention(text, q));
        Assert.Equal("The plant will stay open,", q.Text);
    }

    [Fact]
    public void Quote_then_inverted_cue_and_name()
    {
        const string text = "\u201cWe will not give up,\u201d said Prime Minister Olaf Berg.";
        var q = Single(text);
        Assert.Equal("person:olaf-berg", q.Speaker.EntityId);
    }

    [Fact]
    public void Name_cue_colon_then_quote()
    {
        const string text = "Governor Tom Reyes told reporters: \u201cThe roads are closed until Monday.\u201d";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.Equal("told", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_last_compatible_person()
    {
        const string text = "Mayor Linda Park opened the bridge on Friday.\n\n\u201cIt took ten years,\u201d she said.";
        var q = Single(text);
        Assert.Equal("person:linda-park", q.Speaker.EntityId);
        Assert.Equal("she", Mention(text, q));
    }

    [Fact]
    public void An_interrupted_utterance_is_one_quote()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said. \u201cThe vote is tomorrow.\u201d";
        var q = Single(text);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
        Assert.Equal("We are ready, The vote is tomorrow.", q.Text);
        Assert.Equal("We are ready,", text[q.Span.Start..q.Span.End]);
        Assert.Equal(["We are ready,", "The vote is tomorrow."], q.Pieces.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void Anonymous_sources_keep_a_description_and_no_entity()
    {
        const string text = "\u201cThe talks have stalled,\u201d officials said.";
        var q = Single(text);
        Assert.Null(q.Speaker.EntityId);
        Assert.Equal("officials", q.Speaker.Description);
    }

    [Fact]
    public void Reported_speech_gives_an_indirect_quote_that_included()
    {
        // The reported clause keeps its "that", as attribution corpora annotate it.
        const string text = "President Ana Silva said that the border would reopen next month.";
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("that the border would reopen next month", q.Text);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
    }

    [Fact]
    public void A_partial_quote_in_reported_speech_spans_the_reported_clause()
    {
        const string text = "President Ana Silva said the plan was \u201ca disaster\u201d for farmers.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the plan was \u201ca disaster\u201d for farmers", q.Text);
    }

    [Fact]
    public void Scare_quotes_without_a_cue_are_no_quotes()
    {
        Assert.Empty(Extractor.Extract("The so-called \u201csmart\u201d fence was built in May.").Quotes);
    }

    [Fact]
    public void The_speaker_is_not_their_own_target_but_the_states_they_name_are()
    {
        const string text = "\u201cChina must respect the agreement,\u201d said Japanese Foreign Minister Kenji Sato.";
        var q = Single(text);
        Assert.Equal("person:kenji-sato", q.Speaker.EntityId);
        Assert.Contains(q.About, a => a.EntityId == "state:CN");
        Assert.DoesNotContain(q.About, a => a.EntityId == "person:kenji-sato");
    }

    [Fact]
    public void They_after_an_opening_clause_whose_subject_has_an_aside_is_that_subject()
    {
        const string text = "While many nations, including Brazil, do not recognise the island, they oppose any use of force.";
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("they", Mention(text, q));
        Assert.Equal("many nations", q.Speaker.Description);
        var whole = Extractor.Extract("Unless countries develop more ambitious plans, they say, the world could warm by three degrees.").Quotes;
        Assert.DoesNotContain(whole, x => x.Speaker.Description == "countries develop more ambitious plans");
    }

    [Fact]
    public void He_after_a_sentence_opened_by_a_name_no_list_knew_is_that_person_when_the_given_name_fits()
    {
        const string text = "Olaf Scholz arrived in Kyiv on Monday. \u201cWe are ready to do more,\u201d he told Reuters.";
        Assert.Equal("person:olaf-scholz", Single(text).Speaker.EntityId);
        const string other = "Giorgia Meloni arrived in Kyiv on Monday. \u201cWe are ready to do more,\u201d he told Reuters.";
        Assert.NotEqual("person:giorgia-meloni", Single(other).Speaker.EntityId);
    }

    [Fact]
    public void He_after_a_sentence_opened_by_a_state_s_titled_leader_is_that_leader()
    {
        const string text = "Foreign Minister John Smith said, \u201cThis is barbaric.\u201d\n\n" +
                            "Meanwhile, Hungarian Prime Minister Viktor Orban insisted that Europe should negotiate with Moscow. \u201cThere is no military solution,\u201d he said.";
        var quotes = Directs(text, 2);
        Assert.Equal("person:viktor-orban", quotes[1].Speaker.EntityId);
    }

    [Theory]
    [InlineData("In a statement, the Chinese Foreign Ministry said: \u201cTaiwan is part of China.\u201d", "organization:china-foreign-ministry")]
    [InlineData("Britain\u2019s Ministry of Defence said: \u201cThe drills were lawful.\u201d", "organization:united-kingdom-ministry-of-defence")]
    [InlineData("The Senate Intelligence Committee said: \u201cThe report is late.\u201d", "organization:senate-intelligence-committee")]
    public void A_government_body_the_list_does_not_name_is_an_organisation_not_a_person(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text).Speaker.EntityId);
    }

    [Fact]
    public void The_oval_office_is_a_room_not_a_body()
    {
        Assert.DoesNotContain(Extractor.Extract("The president spoke from the Oval Office on Monday.").Entities, e => e.Entity.Id == "organization:oval-office");
    }

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg told reporters that the alliance would not be intimidated.", "person:jens-stoltenberg")]
    [InlineData("UN Secretary-General Antonio Guterres said the war must end.", "person:antonio-guterres")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman said oil output would rise.", "person:mohammed-bin-salman")]
    public void Offices_of_other_governments_and_international_bodies_are_titles_not_names(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, QuoteKind.Indirect).Speaker.EntityId);
    }

    [Theory]
    [InlineData("European Commission President Ursula von der Leyen said the deal was done.", "person:ursula-von-der-leyen")]
    [InlineData("The fight was over, Oscar de la Hoya said.", "person:oscar-de-la-hoya")]
    public void Two_particles_in_a_row_stay_inside_the_name(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, QuoteKind.Indirect).Speaker.EntityId);
    }

    [Fact]
    public void A_full_name_no_list_knows_heads_its_aside()
    {
        const string text = "Rishi Sunak, the opposition leader, said the plan was \u201ca disaster waiting to happen\u201d.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:rishi-sunak", q.Speaker.EntityId);
        Assert.Equal("Rishi Sunak", Mention(text, q));
    }

    [Fact]
    public void The_speaker_named_between_the_pieces_of_their_quote_is_not_their_own_target()
    {
        const string text = "\u201cWe will not back down,\u201d said Kenji Sato. \u201cChina must respect the agreement.\u201d";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
        Assert.Equal("person:kenji-sato", q.Speaker.EntityId);
        Assert.DoesNotContain(q.About, a => a.EntityId == "person:kenji-sato");
    }

    [Fact]
    public void Names_between_the_pieces_of_a_quote_weigh_as_its_attribution_does()
    {
        const string text = "\u201cChina must respect the agreement,\u201d said Japanese Foreign Minister Kenji Sato, standing beside President Ana Silva of Brazil. \u201cWe will hold it to every line.\u201d";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
        Assert.Equal(1.0, q.About.Single(a => a.EntityId == "state:CN").Weight);
        Assert.Equal(0.5, q.About.Single(a => a.EntityId == "person:ana-silva").Weight);
    }

    [Fact]
    public void A_role_noun_in_the_quote_is_about_the_article_s_holder_of_that_role()
    {
        const string text = "President Ana Silva of Brazil met Vice President Tom Reyes and Senator Rosa Diaz of Florida on Monday. " +
                            "\u201cThe president has kept every promise,\u201d said Kenji Sato.";
        var q = Single(text);
        Assert.Equal("person:kenji-sato", q.Speaker.EntityId);
        Assert.Equal(0.75, q.About.Single(a => a.EntityId == "person:ana-silva").Weight);
        Assert.DoesNotContain(q.About, a => a.EntityId == "person:tom-reyes");
    }

    [Fact]
    public void A_role_qualified_by_from_or_of_names_no_holder()
    {
        const string text = "Senator Rosa Diaz spoke on Monday. \u201cThe senator from Ohio has it wrong,\u201d said Kenji Sato.";
        Assert.DoesNotContain(Single(text).About, a => a.EntityId == "person:rosa-diaz");
    }

    [Fact]
    public void The_island_is_the_island_state_last_named()
    {
        const string text = "Beijing sent ships toward Taiwan on Monday. Chinese officials said the island must accept talks.";
        var q = Assert.Single(Extractor.Extract(text).Quotes);
        Assert.Equal(0.75, q.About.Single(a => a.EntityId == "state:TW").Weight);
    }

    [Fact]
    public void A_pronoun_in_a_quote_is_about_the_one_person_it_can_mean()
    {
        const string text = "Senator Rosa Diaz met Governor Tom Reyes on Monday. \u201cShe has never kept a promise,\u201d said Reyes.";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.Equal(0.5, q.About.Single(a => a.EntityId == "person:rosa-diaz").Weight);
    }

    [Fact]
    public void A_pronoun_two_people_could_fit_is_about_nobody()
    {
        const string text = "Senator Rosa Diaz met Governor Maria Lopez on Monday. \u201cShe has never kept a promise,\u201d said Tom Reyes.";
        var q = Single(text);
        Assert.DoesNotContain(q.About, a => a.EntityId is "person:rosa-diaz" or "person:maria-lopez");
    }

    [Fact]
    public void A_surname_no_stage_knows_may_be_the_one_a_pronoun_means()
    {
        const string text = "Senator Rosa Diaz arrived after Kowalczyk left the room. \u201cShe has never kept a promise,\u201d said Tom Reyes.";
        Assert.DoesNotContain(Single(text).About, a => a.EntityId == "person:rosa-diaz");
    }

    [Fact]
    public void In_reported_speech_a_pronoun_of_the_speaker_s_gender_is_left_to_the_speaker()
    {
        const string text = "Governor Tom Reyes met Mayor Sam Ortiz on Monday. Reyes said he would veto the bill.";
        var q = Single(text, QuoteKind.Indirect);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.DoesNotContain(q.About, a => a.EntityId == "person:sam-ortiz");
    }

    [Fact]
    public void She_is_the_woman_even_when_her_first_name_is_on_both_given_name_lists()
    {
        // "Ted" and "Hillary" are on both of the stdlib lists; the name-genders list knows their usual gender.
        const string text = "Senator Ted Morgan met Governor Hillary Banks on Monday. She said the budget would pass.";
        var q = Assert.Single(Extractor.Extract(text).Quotes);
        Assert.Equal("person:hillary-banks", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Russians said the vote was fair.", "Russians")]
    [InlineData("Environmentalists said the park must stay open.", "Environmentalists")]
    [InlineData("Sixty said they would vote for the mayor.", "Sixty")]
    public void Group_abstract_and_number_words_next_to_a_cue_are_no_person(string text, string word)
    {
        var result = Extractor.Extract(text);
        Assert.DoesNotContain(result.Entities, e => e.Entity.Name == word);
        Assert.All(result.Quotes, q => Assert.Null(q.Speaker.EntityId));
    }

    [Theory]
    [InlineData("Lawrence", false)]
    [InlineData("Manning", false)]
    [InlineData("Harkness", false)]
    [InlineData("Clement", false)]
    [InlineData("Activists", true)]
    [InlineData("Judicial", true)]
    [InlineData("I\u2019ve", true)]
    [InlineData("Nobody", true)]
    public void Name_shape_tells_surnames_from_common_words(string word, bool noName) =>
        Assert.Equal(noName, ClaimsGraph.Extraction.Lexicon.NameShape.LooksLikeNoName(word));

    [Theory]
    [InlineData("Officials said the bridge would stay closed until June.")]
    [InlineData("Polls show the mayor losing ground in the suburbs.")]
    [InlineData("Several lawmakers said the vote would be close.")]
    [InlineData("\u201cThe count is slow,\u201d said a clerk in Concord, New Hampshire.")]
    [InlineData("\u201cWe will be back,\u201d Hampshire voters said.")]
    public void Group_nouns_quantifiers_and_states_next_to_a_cue_are_no_person(string text)
    {
        var result = Extractor.Extract(text);
        Assert.NotEmpty(result.Quotes);
        Assert.DoesNotContain(result.Entities, e => e.Entity is Person);
        Assert.All(result.Quotes, q => Assert.Null(q.Speaker.EntityId));
    }
}
