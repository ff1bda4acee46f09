using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;
using static ClaimsGraph.Extraction.Tests.QuoteTestHelpers;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Direct-quote pairing and attribution rules, one hand-written sentence each.</summary>
public class QuoteRuleTests
{
    [Fact]
    public void A_cue_and_colon_closing_the_previous_paragraph_attribute_the_next_one()
    {
        const string text = "Senator Ruth Okafor spoke last.\n\nOkafor continued:\n\n\u201cThe budget is late and the schools are waiting.\u201d";
        var q = Single(text);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
        Assert.Equal("continued", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_coordinated_cue_before_a_colon_takes_the_subject_of_the_sentence()
    {
        const string text = "Mayor Dan Hill thanked the crews and added: \u201cWe will rebuild the bridge by June.\u201d";
        var q = Single(text);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_without_a_cue_introduces_the_quote_after_it()
    {
        const string text = "Governor Lena Ortiz released the following statement:\n\n\u201cWe mourn with the families of the miners tonight.\u201d";
        var q = Single(text);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_name_and_an_unlisted_verb_after_a_quote_attribute_it()
    {
        const string text = "Mayor Carl Dent waved at the crowd. \u201cGo back to your seats,\u201d Dent barked.";
        var q = Single(text);
        Assert.Equal("person:carl-dent", q.Speaker.EntityId);
        Assert.Equal("barked", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_name_and_a_long_appositive_after_a_quote_are_the_source()
    {
        const string text = "\u201cWe will appeal the ruling,\u201d Nora Finch, a lawyer for the city council from Dover, told reporters.";
        var q = Single(text);
        Assert.Equal("person:nora-finch", q.Speaker.EntityId);
        Assert.Equal("Nora Finch", Mention(text, q));
    }

    [Fact]
    public void A_coordinated_description_after_a_quote_is_the_source()
    {
        const string text = "\u201cThe count was fair,\u201d the Ohio senator and former mayor said.";
        var q = Single(text);
        Assert.Contains("senator and former mayor", Mention(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_cue_takes_a_short_described_source()
    {
        const string text = "\u201cPrices will fall next year,\u201d says the bank\u2019s forecaster.";
        var q = Single(text);
        Assert.Contains("forecaster", Mention(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Signs_and_documents_read_their_words()
    {
        const string text = "Thousands marched downtown. \u201cVote them all out!\u201d read one sign.";
        var q = Single(text);
        Assert.Equal("one sign", Mention(text, q));
    }

    [Fact]
    public void A_closing_mark_typed_to_open_a_quote_still_opens_it()
    {
        const string text = "\u201dWe are leaving tomorrow,\u201d said Paul Grant.";
        var q = Single(text);
        Assert.Equal("We are leaving tomorrow,", q.Text);
        Assert.Equal("person:paul-grant", q.Speaker.EntityId);
    }

    [Fact]
    public void An_opening_mark_typed_to_close_a_quote_still_closes_it()
    {
        const string text = "\u201cIt is unusual,\u201c said Paul Grant, a lawyer. \u201cIt is also perfectly legal in this state.\u201d";
        var q = Single(text);
        Assert.StartsWith("It is unusual,", q.Text, StringComparison.Ordinal);
        Assert.Equal("person:paul-grant", q.Speaker.EntityId);
    }

    [Fact]
    public void A_title_in_quotes_before_the_cue_does_not_hide_the_reported_clause()
    {
        const string text = "On the program \u201cFace the Nation,\u201d Senator Ruth Okafor said that the budget was \u201ca disgrace\u201d for the state.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
        Assert.Equal("the budget was \u201ca disgrace\u201d for the state", q.Text);
    }

    [Theory]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and vowing to block it in the committee.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and said she would block it in the committee.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d \u2014 a word she has used before about the plan.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and boycotted the vote on Friday.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and also questioned the cuts to the schools.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and has promised to block it in the committee.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and she warned the mayor to expect a fight.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace,\u201d warning that the schools would suffer.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace,\u201d a word she used twice in the debate on Friday.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace,\u201d which drew loud applause from the hall.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and Mayor Dana Webb says the schools will suffer.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace,\u201d and Webb also said the vote was rushed.")]
    public void A_reported_clause_ends_at_the_closing_mark_before_a_second_predicate_or_a_dash(string text)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
        Assert.Equal("the budget was \u201ca disgrace", q.Text.TrimEnd('\u201d', ','));
    }

    [Fact]
    public void Quoted_words_after_and_plus_a_new_named_speaker_are_that_speakers_quote()
    {
        const string text = "Senator Ruth Okafor called the budget \u201ca disgrace\u201d and Mayor Dana Webb said it was \u201ca fair deal for the city.\u201d";
        var quotes = QuoteTestHelpers.Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("person:ruth-okafor", quotes[0].Speaker.EntityId);
        Assert.Equal("the budget \u201ca disgrace", quotes[0].Text.TrimEnd('\u201d'));
        Assert.Equal("person:dana-webb", quotes[1].Speaker.EntityId);
        Assert.StartsWith("it was \u201ca fair deal", quotes[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Senator Ruth Okafor called the budget \u201ca disgrace\u201d and accused the mayor of \u201clying to the voters\u201d about the schools.", "the mayor of \u201clying to the voters")]
    [InlineData("Senator Ruth Okafor called the budget \u201ca disgrace\u201d and ranked the mayor as one of the worst \u201cin the history of the state.\u201d", "the mayor as one of the worst \u201cin the history of the state")]
    public void Quoted_words_after_a_second_predicate_are_a_second_partial_quote_of_the_same_speaker(string text, string second)
    {
        var quotes = QuoteTestHelpers.Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person:ruth-okafor", q.Speaker.EntityId));
        Assert.Equal("the budget \u201ca disgrace", quotes[0].Text.TrimEnd('\u201d'));
        Assert.StartsWith(second, quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_that_is_no_verb_of_saying_stays_in_the_reported_clause()
    {
        const string text = "Senator Ruth Okafor said the nurses were \u201cwell paid,\u201d making more than most teachers in the state.";
        var q = Single(text, QuoteKind.Partial);
        Assert.EndsWith("most teachers in the state", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_coordinated_by_and_with_more_quoted_words_stays_one_partial_quote()
    {
        const string text = "Senator Ruth Okafor said the budget was \u201ca disgrace\u201d and the schools would suffer.";
        var q = Single(text, QuoteKind.Partial);
        Assert.EndsWith("the schools would suffer", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_ending_in_quoted_words_with_a_comma_inside_takes_the_inverted_cue_after_it()
    {
        const string text = "The plan was \u201ctoo little, too late,\u201d said Governor Lena Ortiz.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
        Assert.StartsWith("The plan was", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_reported_clauses_in_one_sentence_give_two_partial_quotes_of_the_same_speaker()
    {
        const string text = "Senator Ruth Okafor spoke first. The tariffs are \u201ca disaster,\u201d Okafor said, noting that farmers \u201ccannot wait.\u201d";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person:ruth-okafor", q.Speaker.EntityId));
        Assert.StartsWith("farmers", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reported_clause_stops_at_its_quoted_words_when_a_participle_follows()
    {
        const string text = "Mayor Dan Hill said he was \u201cdeeply worried,\u201d adding that the city would appeal.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("he was \u201cdeeply worried", q.Text);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_takes_the_subject_of_the_sentence_not_the_nearest_name()
    {
        const string text = "Former Senator Ruth Okafor urged voters to back Mayor Dan Hill, saying, \u201cHe has earned a second term.\u201d";
        var q = Single(text);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
    }

    [Fact]
    public void A_coordinated_cue_takes_the_subject_of_the_sentence_for_a_partial_quote()
    {
        const string text = "Mayor Dan Hill visited the plant on Monday and called the deal \u201ca betrayal of workers.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
        Assert.StartsWith("the deal", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_with_no_cue_in_the_next_paragraph_continues_the_utterance()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said.\n\n\u201cThe vote is tomorrow.\u201d";
        var q = Single(text);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
        Assert.Equal(["We are ready,", "The vote is tomorrow."], q.Pieces.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void A_quote_with_a_cue_of_its_own_in_the_next_paragraph_is_a_quote_of_its_own()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said.\n\n\u201cThe vote is tomorrow,\u201d she added.";
        var quotes = Directs(text, 2);
        Assert.All(quotes, q => Assert.Equal("person:ana-silva", q.Speaker.EntityId));
        Assert.All(quotes, q => Assert.Empty(q.Pieces));
    }

    [Fact]
    public void A_quote_two_paragraphs_on_is_a_quote_of_its_own()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said.\n\nThe count starts at noon.\n\n\u201cThe vote is tomorrow.\u201d";
        Directs(text, 2);
    }

    [Fact]
    public void A_quote_with_no_cue_after_a_partial_quote_of_the_same_speaker_continues_it()
    {
        const string text = "President Ana Silva said the count was \u201cclean and fair\u201d on Monday. \u201cNobody lost a vote.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
        Assert.Equal(2, q.Pieces.Count);
        Assert.Equal("Nobody lost a vote.", text[q.Pieces[1].Start..q.Pieces[1].End]);
    }

    [Fact]
    public void A_lower_case_fragment_right_after_a_cue_belongs_to_the_reported_clause()
    {
        const string text = "Mayor Dan Hill says \u201cthe whole plan has become a mess\u201d because the council waited.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
        Assert.StartsWith("the whole plan", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("the council waited", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_party_and_state_tag_after_a_quote_is_the_source()
    {
        const string text = "\u201cThe veto will be overridden,\u201d Senate Majority Leader Tom Reyes, R-Ky., said Tuesday.";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_subject_before_an_aside_with_a_relative_clause_is_the_source()
    {
        const string text = "Nora Finch, a historian who attended the session, recalled, \u201cHe said nothing for an hour.\u201d";
        var q = Single(text);
        Assert.Equal("person:nora-finch", q.Speaker.EntityId);
    }

    [Fact]
    public void A_name_inside_a_relative_clause_is_not_the_speaker_of_a_partial_quote()
    {
        const string text = "Paul Grant, president of the union, which represents New York teachers, said the strike is \u201cover for now.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:paul-grant", q.Speaker.EntityId);
    }

    [Fact]
    public void A_relative_who_before_the_cue_speaks_for_its_antecedent()
    {
        const string text = "Voters remember Senator Tom Reyes, who in 2010 said the goal was a \u201cone-term president.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.Equal("who", Mention(text, q));
    }

    [Fact]
    public void A_described_source_opening_the_sentence_reports_the_clause()
    {
        const string text = "The commission says on its website that \u201cthere were issues with the audio.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("The commission", Mention(text, q));
    }

    [Fact]
    public void A_subject_before_a_descriptive_aside_reports_the_clause()
    {
        const string text = "Even Ruth Okafor, the party\u2019s only ally in the north, said she was \u201cresolutely opposed\u201d to the plan.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
    }

    [Fact]
    public void A_prepositional_opener_naming_a_show_is_not_a_reported_clause()
    {
        const string text = "On the program \u201cMorning Talk,\u201d Senator Ruth Okafor said the count was fair.";
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, q => q.Kind == QuoteKind.Partial);
    }

    [Fact]
    public void A_name_right_before_a_colon_introduces_the_quote()
    {
        const string text = "The result did not surprise Senator Dana Webb: \u201cTurnout was always going to be high.\u201d";
        var q = Single(text);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
    }

    [Fact]
    public void A_pronoun_and_an_unlisted_verb_before_a_colon_introduce_the_quote()
    {
        const string text = "Senator Ruth Okafor toured the state.\n\nAsked which county she liked best, she demurred: \u201cWhichever one I am in at the moment.\u201d";
        var q = Single(text);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
        Assert.Equal("she", Mention(text, q));
    }

    [Fact]
    public void A_short_sentence_ending_in_a_cue_introduces_the_quote_after_it()
    {
        const string text = "Professor Dana Webb agreed. \u201cTurnout will be high this year.\u201d";
        var q = Single(text);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
    }

    [Fact]
    public void According_to_after_a_direct_quote_names_its_source()
    {
        const string text = "\u201cThe evidence cannot prove the charge,\u201d according to a court filing by attorney Dave Aronson.";
        var q = Single(text);
        Assert.Contains("court filing", Mention(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_after_a_clause_with_quoted_words_names_its_source()
    {
        const string text = "The family watched the video and came away with \u201cmore questions,\u201d according to their attorneys.";
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith("The family watched", q.Text, StringComparison.Ordinal);
        Assert.Equal("their attorneys", Mention(text, q));
    }

    [Fact]
    public void According_to_before_a_clause_with_quoted_words_names_its_source()
    {
        const string text = "According to the complaint, the developers ran a \u201cmassive fraudulent scheme\u201d for years.";
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith("the developers", q.Text, StringComparison.Ordinal);
        Assert.Equal("the complaint", Mention(text, q));
    }

    [Fact]
    public void A_described_source_after_an_opening_clause_keeps_its_quote_from_the_neighbouring_speaker()
    {
        const string text = "\u201cWe are ready,\u201d said Ruth Okafor. As the phone rang, the announcer said, \u201cWho do you want answering the phone?\u201d";
        var quotes = Extractor.Extract(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker.EntityId);
        Assert.Equal("the announcer", Mention(text, quotes[1]));
    }

    [Fact]
    public void Numbers_inside_a_described_source_keep_it_whole()
    {
        const string text = "\u201cDonald is an amazing leader,\u201d said the 46-year-old.";
        var q = Single(text);
        Assert.Equal("the 46-year-old", Mention(text, q));
    }

    [Fact]
    public void A_number_with_a_slash_before_a_name_keeps_the_name_in_the_source()
    {
        const string text = "\u201cThe veto rationale does not hold,\u201d said 9/11 widow Terry Strada.";
        var q = Single(text);
        Assert.Equal("person:terry-strada", q.Speaker.EntityId);
    }

    [Fact]
    public void A_name_right_after_a_quote_beats_a_description_in_a_later_aside()
    {
        const string text = "\u201cIt is an invasion of the state domain,\u201d Attorney General Tom Reyes, the state\u2019s top lawyer, one of the officials suing the agency, said.";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_long_aside_after_the_name_after_a_quote_does_not_hide_the_cue()
    {
        const string text = "\u201cThe labels stick for decades,\u201d Nora Finch, the executive director at the Center for Media Studies and a voice featured in the new film, told reporters.";
        var q = Single(text);
        Assert.Equal("person:nora-finch", q.Speaker.EntityId);
    }

    [Fact]
    public void A_person_named_before_an_aside_with_an_anonymous_head_is_the_speaker()
    {
        const string text = "\u201cIt is an invasion of the state domain,\u201d Attorney General Tom Reyes, one of the officials suing the agency, said.";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_described_document_opening_a_colon_introducer_is_the_source()
    {
        const string text = "The article used one of her answers as its headline: \u201cFinally, someone who thinks like me.\u201d";
        var q = Single(text);
        Assert.Equal("The article", Mention(text, q));
    }

    [Fact]
    public void A_name_right_after_a_quote_speaks_it_when_the_cue_further_on_is_not_read()
    {
        // The earlier speaker must not be carried over: the name after the quote is its own speaker.
        const string text = "Senator Maria Olsen said the hall was full.\n\n\u201cPerpetual motion!\u201d Rep. Glenn Thompson, R-Pa., said of the swirl of meetings.";
        var q = Single(text);
        Assert.Equal("person:glenn-thompson", q.Speaker.EntityId);
    }

    [Fact]
    public void A_cue_less_quote_takes_the_person_its_paragraph_opens_with_over_the_previous_paragraphs_speaker()
    {
        const string text = "Anna Berg told the crowd: \u201cWe will win this seat.\u201d\n\nTom Ruiz shook his head at the back of the hall. \u201cThat is not going to happen.\u201d";
        var quotes = Directs(text, 2);
        Assert.Equal("person:anna-berg", quotes[0].Speaker.EntityId);
        Assert.Equal("person:tom-ruiz", quotes[1].Speaker.EntityId);
    }

    [Theory]
    [InlineData("Mayor Ines Walker stood at the podium for an hour.\n\n\u201cWe are not leaving this town.\u201d")]
    [InlineData("The hall was quiet.\n\nMayor Ines Walker stood at the podium for an hour. \u201cWe are not leaving this town.\u201d")]
    public void A_quote_with_no_cue_and_no_quoted_neighbour_takes_the_person_its_or_the_previous_paragraph_opens_with(string text)
    {
        Assert.Equal("person:ines-walker", Single(text).Speaker.EntityId);
    }

    [Fact]
    public void A_described_subject_and_its_past_tense_verb_after_a_quote_speak_it()
    {
        const string text = "Mayor Ines Walker told the hall: \u201cWe will rebuild the bridge.\u201d\n\n\u201cNot again!\u201d the crowd cried out.";
        var quotes = Directs(text, 2);
        Assert.Equal("person:ines-walker", quotes[0].Speaker.EntityId);
        Assert.Null(quotes[1].Speaker.EntityId);
        Assert.Equal("the crowd", Mention(text, quotes[1]));
    }

    [Fact]
    public void A_context_speaker_is_named_by_the_pronoun_opening_the_sentence_before_the_quote()
    {
        const string text = "Nurse Gloria Vance runs the ward at County General.\n\nShe wants the county to act now. \u201cIt is their life and they deserve better care.\u201d";
        var q = Single(text);
        Assert.Equal("person:gloria-vance", q.Speaker.EntityId);
        Assert.Equal("She", Mention(text, q));
    }

    [Theory]
    [InlineData("Speaking at a rally on Friday, Senator Ada Brook went after the mayor, calling him \u201ca total failure as a leader.\u201d")]
    [InlineData("WASHINGTON \u2014 Senator Ada Brook went after the mayor on Friday, calling him \u201ca total failure as a leader.\u201d")]
    [InlineData("Senator Ada Brook, in Canada, said the mayor was \u201ca total failure as a leader.\u201d")]
    [InlineData("Speaking to supporters in Ohio following the state\u2019s primary, Senator Ada Brook said that the mayor is \u201ca total failure as a leader.\u201d")]
    [InlineData("Brook has increasingly said that the mayor is \u201ca total failure as a leader.\u201d")]
    public void The_subject_of_a_partial_quote_is_found_past_openers_datelines_places_nouns_and_adverbs(string sentence)
    {
        var text = "Senator Ada Brook is running for governor.\n\n" + sentence;
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ada-brook", q.Speaker.EntityId);
    }

    [Fact]
    public void A_quote_after_that_and_a_comma_is_part_of_the_reported_clause()
    {
        const string text = "Mayor Tom Reyes said via email that, \u201cthe city will appeal the ruling in the state court,\u201d adding that the case was weak.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, x => x.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Two_quotes_are_not_merged_across_a_second_cue_introducing_the_second()
    {
        const string text = "Singer Mia Lowe came on stage.\n\n\u201cYou will be fine, my friend,\u201d Lowe sang to the senator before asking her, \u201cWill you dance with me tonight?\u201d";
        var quotes = Directs(text, 2);
        Assert.All(quotes, q => Assert.Equal("person:mia-lowe", q.Speaker.EntityId));
    }

    [Fact]
    public void A_pronoun_after_a_change_of_subject_takes_the_person_opening_the_previous_sentence()
    {
        const string text = "\u201cWe will win this seat,\u201d said Senator Adam Brook.\n\nMayor Tom Reyes left the room early. He said the plan was \u201ca waste of public money.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.Equal("He", Mention(text, q));
    }

    [Theory]
    [InlineData("In the county poll, 63 percent said the new bridge was \u201ca waste of public money.\u201d", "63 percent")]
    [InlineData("In the county poll, a majority of voters said the new bridge was \u201ca waste of public money.\u201d", "majority")]
    public void A_share_of_a_group_is_the_source_of_a_partial_quote(string text, string source)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Contains(source, Mention(text, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void A_quote_with_no_cue_takes_the_source_of_a_report_in_the_sentence_before_it(string gap)
    {
        var text = "The county may delay the vote until May, Mayor Tom Reyes said." + gap + "\u201cWe need more time to count every ballot.\u201d";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_report_whose_clause_runs_into_quoted_words_is_a_partial_quote_through_them()
    {
        const string text = "Senator Dana Whitfield often decries the governor for \u201ccooking the books\u201d on the school budget.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the governor for \u201ccooking the books\u201d on the school budget", text[q.Span.Start..q.Span.End]);
        Assert.Equal("person:dana-whitfield", q.Speaker.EntityId);
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, x => x.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void A_report_ending_its_sentence_before_a_quote_stays_indirect()
    {
        const string text = "Senator Dana Whitfield mocked the governor over the school budget. \u201cHe is cooking the books,\u201d she said.";
        var quotes = Extractor.Extract(text).Quotes;
        Assert.DoesNotContain(quotes, x => x.Kind == QuoteKind.Partial);
        Assert.Equal("He is cooking the books", text[Single(text).Span.Start..Single(text).Span.End].TrimEnd(','));
    }

    [Fact]
    public void A_clause_after_a_verb_of_judging_ends_at_its_quoted_words_before_a_second_predicate()
    {
        const string text = "Senator Dana Whitfield branded the levy a \u201cdisaster for farmers\u201d but voted for it in the end.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the levy a \u201cdisaster for farmers", text[q.Span.Start..q.Span.End]);
        Assert.Equal("person:dana-whitfield", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Senator Ada Brook said the budget would pass, speaking Sunday on NBC\u2019s \u201cMeet the Press.\u201d")]
    [InlineData("Mayor Tom Reyes told CNN\u2019s \u201cState of the Union\u201d that the bridge would open in May.")]
    public void Quoted_words_that_only_name_a_show_after_a_possessive_quote_nobody(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, q => q.Kind is QuoteKind.Partial or QuoteKind.Direct);
    }

    [Fact]
    public void A_title_case_epithet_is_still_a_partial_quote()
    {
        const string text = "Mayor Tom Reyes called the new tower \u201cThe Eyesore of Main Street\u201d at a hearing on Monday.";
        Assert.Equal("person:tom-reyes", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    [Fact]
    public void Quoted_words_a_reported_clause_runs_through_are_reported_once()
    {
        const string text = "Senator Ada Brook told reporters that the mayor had \u201ca reckless plan that nobody asked for,\u201d adding, \u201cHe lost every vote in this county and he will lose again.\u201d";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        Assert.Single(quotes, q => q.Text.Contains("He lost every vote", StringComparison.Ordinal));
        Assert.All(quotes, q => Assert.Equal("person:ada-brook", q.Speaker.EntityId));
    }

    [Fact]
    public void Short_pieces_around_a_long_attribution_are_one_quote_in_two_pieces()
    {
        const string text = "\u201cYes, we did it,\u201d Mayor Tom Reyes said, clapping as the whole crowd rose to its feet. \u201cWe won.\u201d";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.Equal("Yes, we did it,", text[q.Span.Start..q.Span.End]);
        Assert.Equal(["Yes, we did it,", "We won."], q.Pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal("Yes, we did it, We won.", q.Text);
    }

    [Fact]
    public void Pieces_around_a_short_attribution_stay_one_quote()
    {
        const string text = "\u201cWe counted every ballot twice,\u201d Mayor Tom Reyes said. \u201cThe result will stand.\u201d";
        var q = Single(text);
        Assert.Equal("We counted every ballot twice, The result will stand.", q.Text);
    }

    [Fact]
    public void An_adverb_opening_the_sentence_is_no_subject_for_a_participle_cue()
    {
        const string text = "Mayor Tom Reyes spoke first. Earlier this week, Governor Lena Ortiz pressed him on taxes, insisting that he take the \u201chigher ground\u201d on the budget.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_place_ending_an_aside_before_the_cue_is_not_the_speaker()
    {
        const string text = "Governor Lena Ortiz, speaking to reporters on her flight to Denver, said: \u201cWe will rebuild the bridge by June.\u201d";
        var q = Single(text);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
    }

    [Fact]
    public void An_infinitive_cue_takes_the_subject_of_the_sentence()
    {
        const string text = "After the vote, Governor Lena Ortiz thanked Mayor Tom Reyes and went on to say, \u201cWe will rebuild the bridge by June.\u201d";
        var q = Single(text);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_dash_and_a_name_in_the_paragraph_below_a_quote_is_its_byline()
    {
        const string text = "Mayor Tom Reyes spoke first.\n\n\u201cWe will rebuild the bridge by June.\u201d\n\n- Lena Ortiz, governor.\n\nThe claim is misleading.";
        var q = Single(text);
        Assert.Equal("person:lena-ortiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_reported_clause_ends_before_and_with_a_second_verb_of_saying_a_few_words_after_its_quoted_words()
    {
        const string text = "Governor Lena Ortiz said the levy was \u201ca disaster for farmers\u201d in her county and warned that prices would rise.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the levy was \u201ca disaster for farmers\u201d in her county", text[q.Span.Start..q.Span.End]);

        const string withComma = "Governor Lena Ortiz said the levy was \u201ca disaster for farmers\u201d in her county, and warned that prices would rise.";
        var p = Single(withComma, QuoteKind.Partial);
        Assert.Equal("the levy was \u201ca disaster for farmers\u201d in her county", withComma[p.Span.Start..p.Span.End]);
    }

    [Fact]
    public void A_participle_after_an_opening_time_adverbial_takes_the_subject_not_the_adverbial()
    {
        const string text = "Early in her campaign, Mayor Dana Pruitt attacked the council, calling it \u201ca club for insiders.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dana-pruitt", q.Speaker.EntityId);
    }

    [Fact]
    public void A_participle_after_an_opening_place_with_its_state_takes_the_subject()
    {
        const string text = "Speaking at a town hall in Salem, New Hampshire, Senator Lou Ferris went after the governor, calling him \u201ca total failure.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:lou-ferris", q.Speaker.EntityId);
    }

    [Fact]
    public void A_state_closing_an_aside_between_subject_and_cue_is_not_the_speaker()
    {
        const string text = "Senator Lou Ferris, during a town hall meeting in Columbus, Ohio, said she was \u201cgoing to fix the roads first,\u201d to cheers.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:lou-ferris", q.Speaker.EntityId);
    }

    [Fact]
    public void A_later_clause_with_a_pronoun_subject_reports_the_quoted_words()
    {
        const string text = "Mayor Dana Pruitt endorsed the budget deal, although she warned that she has \u201cserious concerns\u201d about the transit cuts.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("she", Mention(text, q));
        Assert.Equal("warned", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_relative_clause_with_a_pronoun_subject_reports_the_quoted_words()
    {
        const string text = "Senator Lou Ferris urged unity against Governor Tim Vale, who he blasted as a \u201cbully and demagogue\u201d on Monday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("he", Mention(text, q));
    }

    [Fact]
    public void A_later_clause_with_a_named_subject_after_a_comma_reports_the_quoted_words()
    {
        const string text = "While not everything Mayor Tim Vale says is true, Ann Holt said the mayor is \u201ctelling voters what they want to hear.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("Ann Holt", Mention(text, q));
    }

    [Fact]
    public void A_pronoun_subject_after_a_comma_reports_the_quoted_words_of_its_clause()
    {
        const string text = "\u201cWe cannot build it yet,\u201d Mayor Tim Vale said. Cost estimates, he added, were \u201cbased on a smaller bridge.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("he", Mention(text, q));
    }

    [Theory]
    [InlineData("Continuing to explain his view, Senator Ben Carson rejected the plan, saying that if he \u201cfound something rotten, I would fix it.\u201d", "person:ben-carson")]
    [InlineData("Amid calls from some to publish the list, Senator Ben Carson offered a defense of it, saying it is needed to \u201cremember their names.\u201d", "person:ben-carson")]
    [InlineData("Like Governor Tim Vale, Senator Ben Carson also rejected the bill, arguing that there is \u201croom for the agency\u201d in the text.", "person:ben-carson")]
    [InlineData("Here in Columbia, Senator Ben Carson stepped up his attacks, saying the bill is \u201ca disgrace to the state.\u201d", "person:ben-carson")]
    [InlineData("Hours later, Senator Ben Carson returned the compliment, telling reporters the mayor is \u201can amazing man.\u201d", "person:ben-carson")]
    public void An_opener_before_the_sentence_subject_is_not_the_speaker_of_a_participle_cue(string text, string speaker)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal(speaker, q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Mayor Tim Vale and Governor Ann Holt will meet next week, spokesman Sean Spicer said Tuesday, adding, \u201cThey need to sit down and talk.\u201d")]
    [InlineData("Mayor Tim Vale will meet the governor next week, said spokesman Sean Spicer, adding, \u201cThey need to sit down and talk.\u201d")]
    public void A_participle_right_after_an_attribution_takes_its_source_not_the_clause_subject(string text)
    {
        var q = Single(text);
        Assert.Equal("person:sean-spicer", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("In March, the developer called for Governor Ann Holt to resign, calling her \u201ca danger to the whole state.\u201d", "the developer")]
    [InlineData("The retired builder has given no details about how he would run the firm, saying only that he was \u201cstreamlining some staff assignments.\u201d", "The retired builder")]
    public void A_described_sentence_subject_ends_at_its_verb_and_speaks_for_a_participle(string text, string speaker)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal(speaker, Mention(text, q));
    }

    [Theory]
    [InlineData("Mayor Tim Vale, who identifies as Hispanic, told the Orlando Sentinel that the site was not \u201cprepared for the traffic.\u201d", QuoteKind.Partial)]
    [InlineData("Mayor Tim Vale, while being interviewed on Fox and Friends Monday morning, called again for the chief to resign over the \u201cradical plan.\u201d", QuoteKind.Partial)]
    [InlineData("Mayor Tim Vale, celebrating a victory in his home state of Vermont, is pledging to \u201cwin many hundreds of delegates\u201d on Tuesday.", QuoteKind.Partial)]
    [InlineData("Mayor Tim Vale (D-Mo.), who has endorsed Governor Ann Holt, said, \u201cThe roads come first and the budget second.\u201d", QuoteKind.Direct)]
    public void A_name_inside_an_aside_between_subject_and_cue_is_not_the_speaker(string text, QuoteKind kind)
    {
        var q = Single(text, kind);
        Assert.Equal("person:tim-vale", q.Speaker.EntityId);
    }

    [Fact]
    public void A_quote_closing_its_sentence_with_a_full_stop_is_not_attributed_by_the_next_sentence()
    {
        const string text = "\u201cIt is a sad day,\u201d Senator Ted Cruz told reporters in Milwaukee. \u201cThis has no place in a campaign.\u201d Governor John Kasich said he would have fired the aide.";
        var quotes = Directs(text, 1);
        Assert.Equal("person:ted-cruz", quotes[0].Speaker.EntityId);
        Assert.Equal(2, quotes[0].Pieces.Count);
    }

    [Fact]
    public void A_quote_closing_its_sentence_with_a_full_stop_keeps_an_inverted_cue_in_lower_case()
    {
        const string text = "The hall was quiet. \u201cWe will rebuild the bridge by June.\u201d said Mayor Dan Hill.";
        var q = Single(text);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
    }

    [Fact]
    public void A_sentence_of_only_a_name_and_a_cue_attributes_the_full_stopped_quote_before_it()
    {
        const string text = "The hall was quiet. \u201cWe will rebuild the bridge by June.\u201d Mayor Dan Hill said.";
        var q = Single(text);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("The hall was quiet.\n\n\u201cWhat bridge is he talking about? Is the council asleep?\u201d reacted Mayor Dan Hill.")]
    [InlineData("The hall was quiet.\n\n\u201cThe analysts said no, and she set out to prove them wrong,\u201d remembered Dan Hill, the former spokesman.")]
    public void An_unlisted_past_tense_then_a_name_after_a_quote_attributes_it(string text)
    {
        var q = Single(text);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
    }

    [Fact]
    public void A_relative_who_followed_by_a_named_subject_is_the_object_not_the_speaker()
    {
        const string text = "Much of the ire was directed at Mayor Tim Vale, who Governor Ann Holt called \u201ca horrible, despicable human being.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void A_relative_who_followed_by_a_pronoun_subject_leaves_the_pronoun_as_the_mention()
    {
        const string text = "Senator Ann Holt lambasted the deal negotiated by Mayor Tim Vale, who she noted was \u201cin his final year, yay.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("she", Mention(text, q));
    }

    [Fact]
    public void A_name_a_verb_and_an_adverb_before_a_colon_introduce_the_quote()
    {
        const string text = "When Governor Ann Holt suggested that the city would sue, Mayor Tim Vale fired back forcefully: \u201cIf they sue us in a court in Miami, they are going to lose.\u201d";
        var q = Single(text);
        Assert.Equal("person:tim-vale", q.Speaker.EntityId);
    }

    [Fact]
    public void State_after_of_or_an_adjective_is_a_noun_not_a_cue()
    {
        const string text = "Earlier this week, Ann Holt, who served as secretary of state when the treaty was signed, conceded the result is \u201cdeeply regrettable.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
        Assert.Equal("conceded", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void State_after_a_plural_subject_is_still_a_cue()
    {
        const string text = "The Saudis state in the paper that the kingdom \u201chas been working closely with its allies on all fronts.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("state", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_participle_after_a_quote_and_its_attribution_takes_that_source_not_a_pronoun_inside_the_quote()
    {
        const string text = "The council met on Monday.\n\n\u201cHe failed the town. It has been a total disaster,\u201d Mayor Dan Hill said, adding, \u201cNobody cares about the bridge any more.\u201d";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("person:dan-hill", q.Speaker.EntityId));
        var last = quotes[^1];
        var lastPiece = last.Pieces is { Count: > 0 } pieces ? pieces[^1] : last.Span;
        Assert.Contains("Nobody cares", text[lastPiece.Start..lastPiece.End]);
    }

    [Fact]
    public void Openers_that_follow_one_another_are_all_skipped_before_the_sentence_subject()
    {
        const string text = "On Thursday, after staying neutral for months, Senator Ann Holt appeared with Mayor Tim Vale and endorsed Governor Dan Hill, saying, \u201cHe is the fighter this state needs.\u201d";
        var q = Single(text);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void A_name_inside_an_aside_opened_by_a_preposition_is_not_the_source()
    {
        const string text = "Washington Post columnist Ann Holt, in an attempt to draw attention to the silence of Mayor Tim Vale, wrote, \u201cThe mayor answered seven questions in a year.\u201d";
        var q = Single(text);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void An_inverted_cue_and_a_name_closing_the_sentence_after_the_quote_attribute_it()
    {
        const string text = "Budgets were cut again this year.\n\n\u201cThe schools are waiting\u201d for the money from the city, says Dan Hill, a member of the school board.";
        var q = Single(text);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
    }

    [Fact]
    public void An_inverted_cue_about_someone_after_the_quote_names_no_speaker()
    {
        const string text = "Ann Holt spoke at the dinner.\n\n\u201cHe had a lot of Missouri supporters,\u201d Holt, a senator from the state, said of Dan Hill.";
        var q = Single(text);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void A_hyphenated_described_subject_and_its_verb_after_a_quote_name_the_speaker_but_not_the_plain_role_holder()
    {
        const string text = "Ann Holt, the party\u2019s presidential nominee, spoke first.\n\n\u201cGovernor, let me help you out, the answer is no,\u201d the Republican vice-presidential nominee riffed on the governor\u2019s answer, drawing laughs.";
        var q = Single(text);
        Assert.Contains("nominee", Mention(text, q));
        Assert.NotEqual("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void A_vice_role_is_not_resolved_to_the_holder_of_the_plain_role()
    {
        const string text = "Ann Holt, the ambassador, spoke first.\n\n\u201cThe answer is no,\u201d said the ex-ambassador, drawing laughs.";
        var q = Single(text);
        Assert.Contains("ambassador", Mention(text, q));
        Assert.NotEqual("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void Quoted_words_opening_mid_sentence_and_running_over_a_sentence_end_take_the_cue_after_the_closing_mark()
    {
        const string text = "The union met on Monday.\n\nThe early endorsement \u201cwas a mistake. Members were still talking about other candidates,\u201d said Dana Webb of the teachers\u2019 union.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
        Assert.StartsWith("The early endorsement \u201cwas a mistake. Members", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("other candidates", q.Text.TrimEnd('\u201d', ','), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_cue_right_after_quoted_words_attributes_them_even_when_its_source_reports_more_quoted_words()
    {
        const string text = "The plea deal angered the police.\n\nDan Hill \u201cwas treated far too gently for what he did,\u201d said a former city prosecutor who followed the case and described the plea as \u201ca lesser matter.\u201d";
        var quotes = QuoteTestHelpers.Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        var q = Assert.Single(quotes, q => q.Text.StartsWith("Dan Hill \u201cwas treated", StringComparison.Ordinal));
        Assert.Equal("a former city prosecutor", Mention(text, q));
    }

    [Fact]
    public void A_described_source_right_after_quoted_words_in_a_clause_attributes_them()
    {
        const string text = "The board met on Monday.\n\nThe county\u2019s \u201cbadly planned closures left thousands of voters waiting in long lines,\u201d the lawsuit says.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the lawsuit", Mention(text, q));
        Assert.StartsWith("The county\u2019s \u201cbadly planned", q.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d in every way, which drew loud applause from the hall on Friday.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d in every way, it would seem from the reaction of the hall on Friday.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d in every way \u2014 a modest shift from the praise of last year.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d in every way, but lamented that the mayor had left the room.")]
    [InlineData("Senator Ruth Okafor said the budget was \u201ca disgrace\u201d in every way after the council voted it down on Friday.")]
    public void A_reported_clause_ends_a_few_words_after_its_closing_mark_where_a_new_clause_starts(string text)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ruth-okafor", q.Speaker.EntityId);
        Assert.Equal("the budget was \u201ca disgrace\u201d in every way", q.Text);
    }

    [Fact]
    public void A_speech_participle_a_few_words_after_quoted_words_opens_a_second_report_of_the_same_speaker()
    {
        const string text = "Senator Ann Holt blasted the plan for a \u201cdeportation force\u201d on Wednesday, calling it \u201cabsurd.\u201d";
        var quotes = QuoteTestHelpers.Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("it \u201cabsurd", quotes[1].Text.TrimEnd('.', '\u201d'));
        Assert.All(quotes, q => Assert.Equal("person:ann-holt", q.Speaker.EntityId));
    }

    [Fact]
    public void A_speech_participle_after_a_comma_opens_the_clause_of_the_quoted_words_after_it()
    {
        const string text = "Mayor Dan Hill has battled with the council over the budget, at one point calling the treasurer a \u201cliar\u201d who was not \u201chonest.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dan-hill", q.Speaker.EntityId);
        Assert.StartsWith("the treasurer a \u201cliar", q.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201cWe will appeal the ruling,\u201d Senator Ann Holt said in an interview with \u201cFox News Sunday.\u201d")]
    [InlineData("\u201cWe will appeal the ruling,\u201d Senator Ann Holt said on ABC\u2019s \u201cThis Week With Dana Webb.\u201d")]
    [InlineData("\u201cWe will appeal the ruling,\u201d Senator Ann Holt said in May on the podcast \u201cHere\u2019s the Thing.\u201d")]
    public void A_show_named_after_the_cue_of_an_attributed_quote_is_no_second_quote(string text)
    {
        var quotes = QuoteTestHelpers.Extractor.Extract(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void An_inverted_verb_of_saying_opening_the_sentence_introduces_the_quote_after_its_source()
    {
        const string text = "The old school was turned into a museum. Said Dana Webb, who grew up on the same street, \u201cWe were all so proud of him.\u201d";
        var q = Single(text);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
    }

    [Fact]
    public void As_a_source_puts_it_introduces_the_quote_after_the_comma()
    {
        const string text = "The vote was delayed again. As columnist Dana Webb puts it, \u201cThe senators are unmoved, and the voters are uninspired.\u201d";
        var q = Single(text);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_no_inverted_cue()
    {
        const string text = "Asked by Dana Webb about the vote, Senator Ann Holt said, \u201cThe senators are unmoved, and the voters are uninspired.\u201d";
        var q = Single(text);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void An_invisible_bidirectional_mark_before_a_mistyped_opening_mark_does_not_hide_the_quote()
    {
        const string text = "The post drew many replies.\n\n\u202A\u201DWe will win this fight in the courts,\u201D posted Dana Webb.";
        var q = Single(text);
        Assert.Equal("person:dana-webb", q.Speaker.EntityId);
        Assert.Equal("We will win this fight in the courts,", q.Text);
    }

    [Fact]
    public void A_gerund_of_being_or_having_is_no_verb_of_judging_of_the_word_before_it()
    {
        const string text = "Senator Dana Whitfield attacked Mayor Tom Reyes for being a \u201cfailed manager\u201d at a rally on Monday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:dana-whitfield", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Mayor Tom Reyes denied the report, with Ann Holt taking to Twitter to call the story \u201ca total fabrication\u201d on Monday.", "person:ann-holt")]
    public void A_participle_after_with_and_a_name_takes_that_name_as_its_subject(string text, string speaker)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal(speaker, q.Speaker.EntityId);
    }

    [Fact]
    public void A_participle_after_with_and_a_described_subject_set_off_by_a_comma_takes_that_subject()
    {
        const string text = "Mayor Tom Reyes and his backers tied Ann Holt to the developers, with one of his ads asking, \u201cWho is paying for her campaign?\u201d";
        var q = Single(text);
        Assert.NotNull(q.Speaker.Mention);
        Assert.Equal("one of his ads", text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End]);
    }

    [Fact]
    public void Quoted_words_inside_a_subordinate_clause_with_its_own_cue_are_that_clause_subjects()
    {
        const string text = "Though Ann Holt said the plan was a \u201cwaste of money for everyone in the city\u201d last year, Mayor Tom Reyes said the council backed it.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ann-holt", q.Speaker.EntityId);
    }

    [Fact]
    public void But_and_a_pronoun_with_a_verb_of_saying_after_quoted_words_start_a_second_report()
    {
        const string text = "In brief remarks, Mayor Tom Reyes called the shooting \u201can attack on our city,\u201d but he also noted the \u201csenseless deaths\u201d of two young men last month.";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).OrderBy(q => q.Span.Start).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person:tom-reyes", q.Speaker.EntityId));
        Assert.Equal("he", text[quotes[1].Speaker.Mention!.Value.Start..quotes[1].Speaker.Mention!.Value.End]);
    }
    [Fact]
    public void A_second_verb_of_saying_a_few_words_after_quoted_words_starts_a_second_report()
    {
        const string text = "The premier acknowledged that commuters faced \u201cintolerable\u201d delays on the coast line and said that her cabinet would \u201cfix the timetable by spring.\u201d";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).OrderBy(q => q.Span.Start).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.EndsWith("on the coast line", text[quotes[0].Span.Start..quotes[0].Span.End]);
        Assert.StartsWith("her cabinet would", text[quotes[1].Span.Start..quotes[1].Span.End]);
    }

    [Fact]
    public void A_comma_and_where_after_the_quoted_words_start_the_writer_s_words_about_the_place()
    {
        const string text = "President Ana Ruiz declared a \u201cstate of emergency\u201d in the north, where the floods cut off roads and power lines.";
        var q = Single(text, QuoteKind.Partial);
        Assert.EndsWith("in the north", text[q.Span.Start..q.Span.End]);
    }

    // Round 32: ", noting …" after quoted words is the speaker's next predicate, not an inverted cue (QuoteAttributor.Embedded.cs).
    [Fact]
    public void A_participle_after_quoted_words_is_no_inverted_cue_its_object_no_speaker()
    {
        const string text = "Speaking at a briefing, Harbor Council spokesperson Chen Yu-ting said the patrols had become a \u201croutine affair\u201d, noting the drills began in May.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("Chen Yu-ting", Mention(text, q));
        Assert.StartsWith("the patrols had become", q.Text);
    }

    [Fact]
    public void An_inverted_cue_after_quoted_words_still_names_the_speaker()
    {
        const string text = "The pier was a \u201cwaste of money,\u201d said Mayor Ada Brook on Friday.";
        Assert.Equal("person:ada-brook", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    // Round 32: "including X’s," goes on from the opener before the subject (QuoteAttributor.Subjects.cs, IntroWords).
    [Fact]
    public void An_including_aside_after_the_opener_is_no_subject()
    {
        const string text = "In a joint statement signed by six parties, including Okonjo\u2019s, the opposition cited delays in the count and said the commission was \u201cpreparing the public for fraud\u201d.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the opposition", Mention(text, q));
    }

    // Round 32: "told reporters that he and Lula confirmed … “…”": a joint subject is no later clause (QuoteAttributor.Embedded.cs, SubjectOfLaterClause).
    [Fact]
    public void A_pronoun_and_a_name_before_an_inner_cue_leave_the_quoted_words_to_the_outer_speaker()
    {
        const string text = "Prime Minister Kenji Tanaka met President Lula in Brasilia.\n\nTanaka told reporters after the meeting that he and Lula confirmed a broad plan to build \"stable and constructive ties\".";
        Assert.Equal("person:kenji-tanaka", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    // Round 32: "The Premier has been asked to …": a passive of a verb of asking or telling names no speaker (Indirect/PassiveHearer.cs).
    [Fact]
    public void The_subject_of_a_passive_asked_is_no_speaker_of_the_quoted_words()
    {
        const string text = "The Premier has been asked to reflect on the \"real hurt\" he caused after \"laughing\" at those caught up in the crisis.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void The_subject_of_an_active_asked_stays_the_speaker_of_the_quoted_words()
    {
        const string text = "Premier Rosa Alvarado asked the board to reflect on the \"real hurt\" it caused.";
        Assert.Equal("person:rosa-alvarado", Single(text, QuoteKind.Partial).Speaker.EntityId);
    }

    // Round 32: "As one worker told a local weekly, “…”": the opening "As" is no part of the source (QuoteAttributor.CueBefore.cs).
    [Theory]
    [InlineData("As one worker told a local weekly, \u201cShe wants us to be afraid.\u201d")]
    [InlineData("As one worker said, \u201cShe wants us to be afraid.\u201d")]
    public void A_described_source_after_an_opening_as_speaks_the_quote(string text)
    {
        Assert.Equal("one worker", Mention(text, Single(text)));
    }

    [Fact]
    public void Which_after_a_comma_with_a_subject_and_cue_of_its_own_reports_the_quoted_words_after_it()
    {
        const string text = "Senator Mark Dole said he backed a bill to curb the power of regional boards, which he called \u201ca club for insiders.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("a club for insiders", q.Text);
        Assert.Equal("called", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void Which_after_a_preposition_stays_in_the_clause_around_it()
    {
        const string text = "Senator Mark Dole posted a string of messages in which he called the judge \u201ca disgrace\u201d on Monday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith("a string of messages in which he called", q.Text);
    }

    [Theory]
    [InlineData("The letter was short.\n\n\u201D \u2026 if the governor can visit the town without harm, then surely the senator can do the same,\u201D the editorial read.", "\u2026 if the governor can visit the town without harm, then surely the senator can do the same,")]
    [InlineData("Mayor Tom Reyes spoke on Monday.\n\nHe says,\u201D there are a lot of people who never get a hearing.\u201D", "there are a lot of people who never get a hearing.")]
    public void A_closing_mark_opening_a_paragraph_or_following_a_cue_and_comma_opens_the_quote(string text, string quote)
    {
        var q = Single(text);
        Assert.Equal(quote, q.Text);
    }

    [Fact]
    public void A_closing_mark_after_a_cue_and_comma_inside_an_open_quote_still_closes_it()
    {
        const string text = "\u201CThe voters have said,\u201D Mayor Tom Reyes added, \u201Cand we will listen.\u201D";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        Assert.StartsWith("The voters have said,", q.Text);
    }

    [Theory]
    [InlineData("Pollsters agree - Dana Whitfield: \u201COne of the lessons was a simple one: keep calling voters as late as possible.\u201D", "person:dana-whitfield")]
    public void A_source_between_a_spaced_dash_and_a_colon_introduces_the_quote(string text, string speaker)
    {
        var q = Single(text);
        Assert.Equal(speaker, q.Speaker.EntityId);
    }

    [Fact]
    public void Words_after_a_dash_that_name_nobody_leave_the_colon_to_the_cue_before_it()
    {
        const string text = "Mayor Tom Reyes said it plainly - and loudly: \u201CWe are done waiting for the state.\u201D";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("According to the exit polls in Ohio, a quarter of voters wanted a candidate who would \u201Ctell it like it is\u201D in the race.", "a quarter of voters")]
    [InlineData("According to an old version of the club website from 2010, \u201CGold Sponsor\u201D was the highest level of support that year.", "Gold Sponsor")]
    public void According_to_a_source_qualified_by_more_words_before_its_comma_reports_the_clause_after_it(string text, string start)
    {
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith(start, q.Text);
        Assert.Equal("According", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_report_with_words_of_its_own_between_two_quotes_of_one_speaker_starts_a_new_utterance()
    {
        const string text = "Mayor Tom Reyes called on the council to \u201Copen its doors\u201D to the young. He promised that he is staying in the race until the vote. \u201CLet me be clear: we stay in until the last ballot is counted!\u201D";
        var q = Single(text);
        Assert.Equal("Let me be clear: we stay in until the last ballot is counted!", q.Text);
        Assert.Equal("He", text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End]);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_report_without_words_of_its_own_between_two_quotes_does_not_split_the_utterance()
    {
        const string text = "\u201CWe have had problems with the plant in the past,\u201D Mayor Tom Reyes said after the meeting. He did not suggest a reply. \u201COur goal is to set some rules so that everybody acts responsibly.\u201D";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
    }

    [Fact]
    public void As_a_source_told_someone_introduces_the_quote_after_the_comma_with_that_source()
    {
        const string text = "Some workers felt betrayed. As one employee told the Valley Weekly, \u201CShe wants to put fear in our hearts, and she has done that.\u201D";
        var q = Single(text);
        Assert.Equal("one employee", Mention(text, q));
    }

    [Fact]
    public void As_opening_an_adverbial_before_its_own_comma_is_no_source_clause()
    {
        const string text = "As expected, Mayor Tom Reyes told the council on Monday, \u201CThe budget is not a wish list.\u201D";
        var q = Single(text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }
    [Fact]
    public void A_quote_a_cue_and_colon_introduce_that_loses_its_closing_mark_runs_to_the_paragraph_end()
    {
        const string text = "Dara Lund, chair of the harbour committee, said: \u201cThe decision to build the pier here is very welcome.\n\nThe councillor added: \u201cWe will look at the costs.\u201d";
        var quotes = Directs(text, 2);
        Assert.Equal("The decision to build the pier here is very welcome.", text[quotes[0].Span.Start..quotes[0].Span.End]);
        Assert.Equal("person:dara-lund", quotes[0].Speaker.EntityId);
    }

    [Fact]
    public void An_unclosed_mark_opening_a_paragraph_is_no_quote_to_its_end()
    {
        const string text = "The council met on Monday.\n\n\u201cThe pier will be built next year.\nHarbour Master Dara Lund.\u201d\n\nWork starts in May.";
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, q => text[q.Span.Start..q.Span.End] == "The pier will be built next year.");
    }
    [Fact]
    public void A_bare_report_sentence_between_two_quotes_of_one_speaker_starts_a_new_utterance()
    {
        const string text = "\u201cAll I can say is that the team looks good,\u201d Rao said. Rao said performances by the young batsmen will make the fans happy. \u201cWhat we should be happy about is the batting.\u201d";
        var quotes = Directs(text, 2);
        Assert.Equal("What we should be happy about is the batting.", text[quotes[1].Span.Start..quotes[1].Span.End]);
    }

    [Fact]
    public void A_cue_with_no_source_ending_the_sentence_before_leaves_the_reporter_to_the_earlier_cue()
    {
        const string text = "The museum faces a smaller grant this year.\n\nThe museum\u2019s director, Hana Volk, said it was worried about the cuts, which were far deeper than predicted.\n\n\u201cWe will have to close the east wing on Sundays.\u201d";
        var q = Single(text);
        Assert.Equal("person:hana-volk", q.Speaker.EntityId);
    }

    [Fact]
    public void A_quote_left_open_over_three_paragraphs_is_one_quote()
    {
        const string text = "In the video, Mayor Tom Vale said the city had made promises to the schools, and had said that new money would come.\n\n\u201cThe union has doubted this promise. So today I am taking an unusual step.\n\n\u201cThe budget will bring the largest rise ever.\n\n\u201cThat is a record and we will keep working with the schools.\u201d";
        var q = Single(text);
        Assert.Equal("person:tom-vale", q.Speaker.EntityId);
        Assert.Equal(3, q.Pieces.Count);
    }

    [Fact]
    public void A_closed_quote_between_two_others_stops_the_run_of_paragraphs()
    {
        const string text = "\u201cWe are tired of waiting,\u201d said Adam Roy, 60, who came to hear the mayor. \u201cNobody listens to us.\u201d\n\nHer neighbour held a sign that read \u201cEnough!\u201d and nodded.\n\n\u201cThe buses never come on time,\u201d he surmised. \u201cI walk to work now.\u201d";
        var quotes = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        // "he surmised" is no cue we read, so that quote takes its speaker from context; it stays a quote of its own.
        Assert.Contains(quotes, q => text[q.Span.Start..q.Span.End].StartsWith("The buses", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_a_hyphen_dateline_takes_the_subject_after_it()
    {
        const string text = "NAIROBI (Reuters) - Governor Amina Odhiambo on Monday defended her water plan, saying the new dams were the only way to end the \u201cthirst\u201d of the county.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:amina-odhiambo", q.Speaker.EntityId);
    }

    [Fact]
    public void A_described_subject_after_an_opener_is_the_source_before_a_later_cue_word()
    {
        const string text = "In a radio interview, the union says the aim was to give Governor Ama Boateng's ruling party a \u201ccrushing majority\u201d in the assembly.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the union", Mention(text, q));
    }

    [Fact]
    public void A_described_subject_after_an_opener_reports_the_quoted_words()
    {
        const string text = "At a meeting with farmers in Tamale on Monday, one grower claimed that the \u201cnew seed\u201d had failed in the dry north.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("one grower", Mention(text, q));
    }

    [Fact]
    public void A_participle_after_a_quotes_own_attribution_takes_its_speaker()
    {
        const string text = "\u201cThe road will reopen on Friday,\u201d the county council said in a statement, adding that no cars were damaged but crews were still trying to \u201cclear the mud\u201d from the bridge.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("the county council", Mention(text, q));
    }

    [Fact]
    public void A_participle_after_another_clause_takes_no_speaker_from_the_quotes_attribution()
    {
        const string text = "\u201cThe road will reopen on Friday,\u201d the county council said, while engineers worked through the night, insisting that the bridge was \u201cperfectly safe\u201d for buses.";
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, q => q.Kind == QuoteKind.Partial && q.Speaker.Mention is { } m && text[m.Start..m.End] == "the county council");
    }

    [Fact]
    public void A_role_word_right_before_a_name_after_an_inverted_cue_is_the_persons_title()
    {
        const string text = "\u201cThe fall in prices has sent the cartel into a panic,\u201d said Harbour Research analyst Tom Vale. \u201cThe cartel will act soon.\u201d";
        var q = Single(text);
        Assert.Equal("person:tom-vale", q.Speaker.EntityId);
        Assert.Equal(2, q.Pieces.Count);
    }

    [Fact]
    public void A_relative_clause_cue_reports_the_quoted_words_for_the_head_before_who()
    {
        const string text = "Later in the show, Mayor Ann Reyes praised the banker Tom Vale, who has publicly vowed not to fund the stadium because of its \u201creckless budget\u201d this year.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-vale", q.Speaker.EntityId);
    }

    [Fact]
    public void Quoted_words_in_an_as_clause_with_a_source_of_its_own_are_that_sources()
    {
        const string text = "Floods cut off at least 40 villages on Sunday, a local official said, as the Red Cross warned the storm had left the valley \u201cunder water\u201d.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("Red Cross", Mention(text, q)[^9..]);
    }

    [Fact]
    public void A_piece_after_the_attribution_and_its_place_goes_on_with_the_utterance()
    {
        const string text = "\u201cThe mayor\u2019s record on housing is not a good one,\u201d Vale said at a rally in Dover, Del. \u201cShe sold the city\u2019s land to her friends.\u201d";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
    }

    [Fact]
    public void A_piece_after_the_attribution_and_an_of_phrase_goes_on_with_the_utterance()
    {
        const string text = "\u201cI have no idea how they voted,\u201d Governor Tom Vale said of people whose rights were restored, \u201cBut I do know that they made an investment in the town.\u201d";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
    }

    [Fact]
    public void A_lower_case_fragment_after_the_attribution_stays_in_its_reported_clause()
    {
        const string text = "\u201cWe will appeal,\u201d Vale said on Monday, calling the ruling \u201ca gift to the developers of the north shore.\u201d";
        Assert.Single(Extractor.Extract(text).Quotes, q => q.Kind == QuoteKind.Partial);
    }

    [Fact]
    public void Two_appositives_in_a_row_are_stepped_over_to_the_name_before_them()
    {
        const string text = "Ana Ruiz, the foreign minister of Chile, a permanent member of the Security Council, said the latest \u201cprovocation cannot be left without an answer.\u201d";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ana-ruiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_piece_opening_with_but_after_a_long_attribution_goes_on_with_the_utterance()
    {
        const string text = "\u201cMany people are unsure in this election year,\u201d Tom Vale wrote in a statement to the paper, \u201cbut most voters agree that the town is on the wrong track.\u201d";
        var q = Single(text);
        Assert.Equal(2, q.Pieces.Count);
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, x => x.Kind == QuoteKind.Partial);
    }

    [Fact]
    public void A_quote_opening_a_paragraph_that_loses_its_closing_mark_runs_to_the_paragraph_end()
    {
        const string text = "Mayor Ines Pardo said she is confident the crews are ready.\n\n\u201cThe pumps are working and the sandbags are in place.\n\nThe roads were closed at noon.";
        var q = Single(text);
        Assert.Equal("The pumps are working and the sandbags are in place.", text[q.Span.Start..q.Span.End]);
        Assert.Equal("person:ines-pardo", q.Speaker.EntityId);
    }

    [Fact]
    public void A_verb_of_saying_right_before_a_quote_that_loses_its_closing_mark_introduces_it()
    {
        const string text = "Mayor Ines Pardo spoke to the crews on Monday.\n\nShe added \u201cNobody should drive tonight, and the schools stay shut.\n\nThe roads were closed at noon.";
        var q = Single(text);
        Assert.Equal("Nobody should drive tonight, and the schools stay shut.", text[q.Span.Start..q.Span.End]);
        Assert.Equal("person:ines-pardo", q.Speaker.EntityId);
    }

    [Fact]
    public void A_described_source_right_after_a_later_piece_of_quoted_words_reports_the_whole_sentence()
    {
        const string text = "A \"heavy storm over Dorfa\", a farming village in the north of the valley, left \"six roofs gone and two barns flattened\", the agency said on Sunday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith("A \"heavy storm over Dorfa\"", text[q.Span.Start..q.Span.End]);
        Assert.Equal("the agency", Mention(text, q));
    }

    [Fact]
    public void Two_names_joined_by_and_after_the_comma_of_a_partial_clause_are_its_joint_source()
    {
        const string text = "The new rules may bring \"real hardship for small farms\" and their workers, Lund and Berg warned.";
        var q = Single(text, QuoteKind.Partial);
        Assert.StartsWith("The new rules may bring", text[q.Span.Start..q.Span.End]);
        Assert.Equal("warned", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void A_speech_participle_after_the_quoted_words_of_a_verb_of_judging_ends_its_clause()
    {
        const string text = "Mayor Ann Lund spoke on Monday. Lund also denounced \"the long delays at the border,\" saying they \"hurt every trader in the town.\"";
        var partials = Extractor.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Partial).ToList();
        Assert.Contains(partials, q => text[q.Span.Start..q.Span.End] == "the long delays at the border");
    }

    [Fact]
    public void Then_or_but_and_a_verb_of_saying_after_quoted_words_start_the_next_quote()
    {
        const string text = "The chief repeated that he welcomes the effort \"to end the stalemate,\" but said, \"Any deal has to last for years.\"";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("he welcomes the effort \"to end the stalemate", text[q.Span.Start..q.Span.End]);
        var d = Single(text);
        Assert.Equal("Any deal has to last for years.", text[d.Span.Start..d.Span.End]);
        const string then = "Ann Lund, the mayor of the port, branded the vote a case of \"plain greed,\" then added: \"We go home with nothing. The fight goes on.\"";
        var a = Single(then);
        Assert.Equal("We go home with nothing. The fight goes on.", then[a.Span.Start..a.Span.End]);
    }

    [Fact]
    public void A_participle_after_a_names_possessive_is_no_verb_of_judging()
    {
        const string text = "The bishop denounced Mali\u2019s worsening border war as \u201ccruel and senseless\u201d in a sermon.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("The bishop", Mention(text, q));
        Assert.StartsWith("Mali\u2019s worsening", text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void A_verb_of_judging_after_a_contracted_has_still_judges()
    {
        const string text = "Mayor Tom Reyes is angry. He\u2019s blasted the plan as \u201ca waste of money\u201d twice.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_passive_of_naming_reports_the_quoted_name_with_no_speaker()
    {
        const string text = "The loss of the ferry service has been described as a \u201chammer blow\u201d to the farms of the valley.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("as a \u201chammer blow\u201d to the farms of the valley", text[q.Span.Start..q.Span.End]);
        const string called = "Mayor Tom Reyes has been called the \u201cmaster of the harbour\u201d for his plans.";
        var c = Single(called, QuoteKind.Partial);
        Assert.Null(c.Speaker.EntityId);
    }

    [Fact]
    public void An_active_verb_of_naming_keeps_its_subject_as_the_speaker()
    {
        const string text = "Mayor Tom Reyes has called the plan \u201ca waste of money\u201d for the town.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_name_that_was_quoted_as_saying_after_the_quote_is_its_speaker()
    {
        const string text = "Captain Ravi Rao said, \u201cWe lost early, but the young players kept going.\u201d \"The lads played with real heart this season. We never doubted the coach,\" Rao was quoted as saying.";
        var quotes = Directs(text, 2);
        Assert.Equal("The lads played with real heart this season. We never doubted the coach,", text[quotes[1].Span.Start..quotes[1].Span.End]);
        Assert.Equal("saying", text[quotes[1].Cue!.Value.Start..quotes[1].Cue.Value.End]);
        Assert.Equal("person:ravi-rao", quotes[1].Speaker.EntityId);
    }

    [Fact]
    public void A_cueless_piece_opening_a_sentence_of_quoted_fragments_is_no_quote_of_its_own()
    {
        const string text = "The council met on Monday.\n\n\u201cWe are ready to talk about the fees\u201d but \u201cnobody will push us around\u201d, Mayor Ann Lund told reporters.";
        var quotes = Extractor.Extract(text).Quotes;
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct);
        var p = Single(text, QuoteKind.Partial);
        Assert.Equal("person:ann-lund", p.Speaker.EntityId);
    }

    [Fact]
    public void A_quote_that_loses_its_closing_mark_before_a_comma_and_an_attribution_ends_at_the_comma()
    {
        const string text = "The race ended on Monday.\n\n\"Well done to every runner who finished today. See you all next spring, Mayor Lund tweeted after the race.\n\nThe board met later.";
        var q = Single(text);
        Assert.Equal("Well done to every runner who finished today. See you all next spring", text[q.Span.Start..q.Span.End]);
        Assert.Equal("tweeted", text[q.Cue!.Value.Start..q.Cue.Value.End]);
    }

    [Fact]
    public void An_aside_with_I_inside_a_quote_that_loses_its_closing_mark_is_no_attribution()
    {
        const string text = "Mayor Ann Lund replied: \u201cFrankly, the roads come first, but the main point, I think, is that we keep our promises.\n\nThe board met later.";
        var q = Single(text);
        Assert.Equal("Frankly, the roads come first, but the main point, I think, is that we keep our promises.", text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void A_question_put_to_a_passive_subject_has_no_speaker_and_the_answer_takes_the_next_cue()
    {
        const string text = "Senator Ann Lund spoke on Monday. Lund was asked, \u201cWould you sign the harbour deal again?\u201d She answered, \u201cYes, at once. We need the jobs.\u201d";
        var quotes = Directs(text, 2);
        Assert.Null(quotes[0].Speaker.EntityId);
        Assert.Equal("Yes, at once. We need the jobs.", text[quotes[1].Span.Start..quotes[1].Span.End]);
        Assert.Equal("answered", text[quotes[1].Cue!.Value.Start..quotes[1].Cue.Value.End]);
        Assert.Equal("She", Mention(text, quotes[1]));
    }

    [Fact]
    public void A_headline_closed_by_a_colon_and_a_source_credits_its_quoted_words_to_that_source()
    {
        const string text = "Norland \"steadily weakening\" smuggling gangs: minister\n\nOSLO (Wire) - Norland is making progress, its interior minister said on Monday.";
        var q = Single(text, QuoteKind.Partial);
        Assert.Equal("Norland \"steadily weakening\" smuggling gangs", text[q.Span.Start..q.Span.End]);
        Assert.Equal("minister", Mention(text, q));
    }

    [Fact]
    public void A_colon_and_a_source_closing_a_later_paragraph_is_no_headline()
    {
        const string text = "The council met on Monday.\n\nNorland \"steadily weakening\" smuggling gangs: minister\n\nWork starts in May.";
        Assert.DoesNotContain(Extractor.Extract(text).Quotes, q => q.Kind == QuoteKind.Partial);
    }
}
