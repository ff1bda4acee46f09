using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>Reported speech and thought without quotation marks, on hand-written sentences.</summary>
public class IndirectSpeechTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    private static List<ExtractedQuote> Indirect(string text) => Pipeline.Extract(text).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    private static string Mention(string text, ExtractedQuote q) => text[q.Speaker.Mention!.Value.Start..q.Speaker.Mention.Value.End];

    private static string Cue(string text, ExtractedQuote q) => text[q.Cue!.Value.Start..q.Cue.Value.End];

    [Fact]
    public void Verb_of_belief_with_a_bare_clause()
    {
        const string text = "Senator Maria Gonzalez believes the tax plan will hurt small farmers.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the tax plan will hurt small farmers", q.Text);
        Assert.Equal("person:maria-gonzalez", q.Speaker.EntityId);
        Assert.Equal("believes", Cue(text, q));
    }

    [Fact]
    public void Perfect_tense_cue_and_that_kept()
    {
        const string text = "Governor Tom Reyes has argued that the bridge should be rebuilt before winter.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the bridge should be rebuilt before winter", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("President Ana Silva spoke to reporters in Manila on Friday.")]
    [InlineData("Coach Dan Hill complained to the referee twice in the first half.")]
    public void Speaking_to_someone_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void Speaking_to_someone_about_something_reports_the_something()
    {
        const string text = "Mayor Ana Silva talked to students about the new school budget.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new school budget", q.Text);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
    }

    [Fact]
    public void Addressee_is_skipped_after_told()
    {
        const string text = "Mayor Elena Ruiz told reporters on Monday that the harbor would reopen in May.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the harbor would reopen in May", q.Text);
        Assert.Equal("told", Cue(text, q));
    }

    [Fact]
    public void A_finding_is_reported_by_its_noun_phrase_source()
    {
        const string text = "A new university poll shows the senator leading among young voters.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the senator leading among young voters", q.Text);
        Assert.Equal("shows", Cue(text, q));
        Assert.Contains("poll", Mention(text, q));
    }

    [Fact]
    public void Embedded_question_after_asked()
    {
        const string text = "Governor Tom Reyes asked whether the state could afford another bailout.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("whether the state could afford another bailout", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void Nominal_cue_takes_the_possessive_as_source()
    {
        const string text = "Voters laughed at Gonzalez's claim that the new mine would create thousands of jobs.";
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == "claim");
        Assert.Equal("that the new mine would create thousands of jobs", q.Text);
        Assert.Equal("Gonzalez", Mention(text, q));
    }

    [Fact]
    public void A_relative_that_is_no_reported_clause()
    {
        Assert.Empty(Indirect("The report that was released on Friday runs to nine hundred pages."));
    }

    [Fact]
    public void Cue_after_the_clause_with_a_plain_noun_phrase_source()
    {
        const string text = "Almost six hundred golf courses have closed since 2006, the industry group says.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Almost six hundred golf courses have closed since 2006", q.Text);
        Assert.Equal("the industry group", Mention(text, q));
    }

    [Fact]
    public void Introductory_phrase_does_not_turn_the_cue_around()
    {
        const string text = "Later in the day, the ministry said it would cooperate with the inquiry.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("it would cooperate with the inquiry", q.Text);
        Assert.Equal("the ministry", Mention(text, q));
    }

    [Fact]
    public void Attribution_interrupting_the_clause_gives_one_utterance()
    {
        const string text = "If only a few delegates are at stake, the campaign said, it may not ask for a recount at all.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the campaign", Mention(text, q));
        Assert.Equal("If only a few delegates are at stake it may not ask for a recount at all", q.Text);
        // Two pieces around the attribution, the span being the first, as for “Q1,” he said, “Q2.”.
        Assert.Equal(["If only a few delegates are at stake", "it may not ask for a recount at all"], q.Pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal(q.Pieces[0], q.Span);
    }

    [Fact]
    public void According_to_interrupting_the_clause_gives_two_pieces()
    {
        const string text = "The new bridge over the harbor, according to the city engineers, will not open to heavy trucks before next spring.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal(["The new bridge over the harbor", "will not open to heavy trucks before next spring"], q.Pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal(q.Pieces[0], q.Span);
        Assert.Contains("engineers", Mention(text, q));
    }

    [Fact]
    public void A_passive_report_names_no_source()
    {
        const string text = "At a town hall in Ohio, Governor Tom Reyes was asked about the plan to close the rural hospitals.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("asked", Cue(text, q));
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void A_participle_of_a_state_of_mind_keeps_its_subject()
    {
        const string text = "Mayor Elena Ruiz is worried that the harbor will not reopen before May.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the harbor will not reopen before May", q.Text);
        Assert.Equal("person:elena-ruiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_short_subject_with_an_appositive_is_no_inverted_clause()
    {
        const string text = "Gov. Tom Reyes of Ohio, a Democrat who has refused to endorse the mayor, said the Lopez family deserved an apology.";
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == "said");
        Assert.Equal("the Lopez family deserved an apology", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_participle_after_the_cue_is_reported_under_its_own_cue()
    {
        const string text = "“We will win this state,” Governor Tom Reyes said, adding that he does not want to offer any predictions.";
        var reports = Indirect(text);
        Assert.DoesNotContain(reports, x => Cue(text, x) == "said");
        var q = Assert.Single(reports, x => Cue(text, x) == "adding");
        Assert.Equal("that he does not want to offer any predictions", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Late last month, the city council approved the new budget, saying that property taxes would not rise.", "the city council")]
    [InlineData("Back in Ohio, Governor Tom Reyes signed the bill, insisting that the state could afford it.", "Tom Reyes")]
    [InlineData("Chastened by the analyses, Governor Tom Reyes revised his plan, insisting that the state could afford it.", "Tom Reyes")]
    public void An_opening_adverbial_of_time_or_place_is_no_subject_of_a_participle(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Contains(source, Mention(text, q));
    }

    [Fact]
    public void Coordinated_cue_takes_the_sentence_subject()
    {
        const string text = "Mayor Elena Ruiz defended the march route and said the police had trained for months.";
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == "said");
        Assert.Equal("the police had trained for months", q.Text);
        Assert.Equal("person:elena-ruiz", q.Speaker.EntityId);
    }

    [Fact]
    public void Relative_pronoun_is_the_source_with_the_noun_it_stands_for()
    {
        const string text = "Clinton won among the voters who said the economy was the main issue.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the economy was the main issue", q.Text);
        Assert.Equal("voters who", Mention(text, q));
    }

    [Fact]
    public void A_relative_that_speaks_for_the_noun_before_it()
    {
        const string text = "Reporters obtained a campaign memo that predicted victory in every swing state.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("victory in every swing state", q.Text);
        Assert.Equal("memo that", Mention(text, q));
        Assert.Null(q.Speaker.EntityId);
    }

    [Fact]
    public void Nested_view_is_part_of_the_outer_report()
    {
        const string text = "Senator Maria Gonzalez said she believes that the mine will close next year.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("she believes that the mine will close next year", q.Text);
        Assert.Equal("person:maria-gonzalez", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("I guess that settles the matter for good, said Governor Tom Reyes.", "said")]
    [InlineData("Asked if he thought that the new bridge would open in May, Governor Tom Reyes responded that nobody could know.", "responded")]
    public void A_report_running_on_past_the_end_of_another_is_dropped(string text, string cue)
    {
        var reports = Indirect(text);
        Assert.Contains(reports, q => Cue(text, q) == cue);
        Assert.DoesNotContain(reports, q => Cue(text, q) is "guess" or "thought");
    }

    [Fact]
    public void In_late_month_before_the_cue_is_no_source()
    {
        const string text = "A new university poll released in late August found that most voters in the county want a change.";
        var q = Assert.Single(Indirect(text));
        Assert.Contains("poll", Mention(text, q));
        Assert.DoesNotContain("August", Mention(text, q));
    }

    [Fact]
    public void A_participle_right_after_an_inverted_cue_takes_that_cue_s_speaker()
    {
        const string text = "Mayor Elena Ruiz intends to deliver a speech on the harbor this month, Tom Reyes said, adding that she would also hold several rallies.";
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == "adding");
        Assert.Equal("that she would also hold several rallies", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
        // The participle is no second piece of the clause before the attribution.
        var said = Assert.Single(Indirect(text), x => Cue(text, x) == "said");
        Assert.Equal("Mayor Elena Ruiz intends to deliver a speech on the harbor this month", said.Text);
        Assert.Empty(said.Pieces);
    }

    [Fact]
    public void Nested_saying_inside_a_report_of_saying_is_part_of_the_outer_utterance()
    {
        // Round 25: an inner act of saying inside a report of saying is no second report (right about one time in four on train).
        const string text = "Senator Maria Gonzalez noted that the mayor said the mine will close next year.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the mayor said the mine will close next year", q.Text);
        Assert.Equal("person:maria-gonzalez", q.Speaker.EntityId);
    }

    [Fact]
    public void Second_cue_of_the_same_subject_ends_the_first_clause()
    {
        const string text = "Governor Tom Reyes said the budget was balanced, adding that taxes would not rise.";
        var quotes = Indirect(text);
        Assert.Contains(quotes, q => q.Text == "the budget was balanced" && Cue(text, q) == "said");
        Assert.Contains(quotes, q => q.Text == "that taxes would not rise" && Cue(text, q) == "adding" && q.Speaker.EntityId == "person:tom-reyes");
    }

    [Fact]
    public void Raising_verb_reports_its_subject_with_no_source()
    {
        const string text = "The new runway is expected to open in the spring.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The new runway is expected to open in the spring", q.Text);
        Assert.Null(q.Speaker.Name);
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void Preposition_cue_reports_its_object()
    {
        const string text = "Governor Tom Reyes called for an independent inquiry into the shooting.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("an independent inquiry into the shooting", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void Cue_with_a_time_adverbial_and_no_clause_gives_nothing()
    {
        Assert.Empty(Indirect("Governor Tom Reyes said on Tuesday."));
        Assert.Empty(Indirect("The support of the unions was decisive in the end."));
    }

    [Fact]
    public void Words_inside_a_direct_quote_are_never_reported_twice()
    {
        const string text = "Governor Tom Reyes said the vote was fair, telling reporters that \u201cthe people have spoken.\u201d";
        var result = Pipeline.Extract(text).Quotes;
        var indirect = Assert.Single(result, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the vote was fair", indirect.Text);
        Assert.Contains(result, q => q.Kind != QuoteKind.Indirect && q.Text.Contains("the people have spoken"));
    }

    [Fact]
    public void Transcript_labels_give_the_whole_paragraph_to_the_label()
    {
        const string text = "The senator spoke to us on Monday.\n\nQ: Will the plant stay open? What do workers hear?\n\nREYES: I believe it will. We have the money for two more years.";
        var quotes = Indirect(text);
        var question = Assert.Single(quotes, q => q.Text.StartsWith("Will the plant", StringComparison.Ordinal));
        Assert.Equal("Will the plant stay open? What do workers hear?", question.Text);
        Assert.Equal("Q", Mention(text, question));
        var answer = Assert.Single(quotes, q => q.Text.StartsWith("I believe", StringComparison.Ordinal));
        Assert.Equal("I believe it will. We have the money for two more years", answer.Text);
        Assert.Equal("REYES", Mention(text, answer));
    }

    [Fact]
    public void A_colon_after_an_ordinary_phrase_is_no_label()
    {
        Assert.Empty(Indirect("The plan was simple: close the plant and sell the land to developers."));
    }

    [Fact]
    public void A_poll_reports_the_finding_around_it()
    {
        const string opening = "In exit polls, most voters in both parties were unhappy with the economy.";
        var q = Assert.Single(Indirect(opening));
        Assert.Equal("most voters in both parties were unhappy with the economy", q.Text);
        Assert.Equal("exit polls", Mention(opening, q));

        const string closing = "The governor led his rival by nine points in the latest university poll.";
        var c = Assert.Single(Indirect(closing));
        Assert.Equal("The governor led his rival by nine points", c.Text);
        Assert.Contains("poll", Mention(closing, c));
    }

    [Fact]
    public void A_verb_of_seeming_reports_an_impression_held_by_nobody()
    {
        const string text = "Governor Tom Reyes appears to be losing ground in the northern counties.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Governor Tom Reyes appears to be losing ground in the northern counties", q.Text);
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Name);

        const string dummy = "It seems likely that the council will delay the vote until spring.";
        var d = Assert.Single(Indirect(dummy));
        Assert.Equal("that the council will delay the vote until spring", d.Text);
        Assert.Null(d.Speaker.Name);
    }

    [Fact]
    public void Seeming_before_a_verb_of_saying_leaves_the_report_to_its_subject()
    {
        const string text = "Governor Tom Reyes appeared to suggest that the bridge would never be rebuilt.";
        var q = Assert.Single(Indirect(text));
        Assert.EndsWith("that the bridge would never be rebuilt", q.Text, StringComparison.Ordinal);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void Weak_cue_forms_report_nothing()
    {
        Assert.Empty(Indirect("Volunteers from the county campaign for the new library every weekend."));
        Assert.Empty(Indirect("Mayor Elena Ruiz knew the harbor well after twenty years as a fisherman."));
    }

    [Theory]
    [InlineData("He said that would double the cost of the bridge.", "that would double the cost of the bridge")]
    [InlineData("He said that, if elected, he would close the plant.", "that, if elected, he would close the plant")]
    [InlineData("Local engineers said the new test could change that.", "the new test could change that")]
    public void That_right_after_the_cue_opens_the_clause_and_a_late_relative_that_does_not_block_it(string text, string expected)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(expected, q.Text);
        Assert.Equal("said", Cue(text, q));
    }

    [Fact]
    public void A_subject_with_a_long_appositive_is_no_clause_before_an_inverted_source()
    {
        const string text = "Maria Lopez, a teacher at the county school for twenty years, said parents still want small classes.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("parents still want small classes", q.Text);
        Assert.Equal("person:maria-lopez", q.Speaker.EntityId);
    }

    [Fact]
    public void A_verb_of_naming_reports_its_object_and_what_it_is_called()
    {
        const string text = "The city council called the charges baseless and politically motivated.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the charges baseless and politically motivated", q.Text);
        Assert.Equal("called", Cue(text, q));
        Assert.Contains("council", Mention(text, q));

        Assert.Empty(Indirect("She founded a group called Friends of the Harbor in 2010."));
    }

    [Theory]
    [InlineData("Governor Tom Reyes attacked the new budget for its cuts to rural schools.", "attacked", "the new budget for its cuts to rural schools")]
    [InlineData("Mayor Elena Ruiz agreed to delay the vote on the harbor plan.", "agreed", "to delay the vote on the harbor plan")]
    public void Attitude_verbs_report_their_whole_object(string text, string cue, string expected)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(expected, q.Text);
        Assert.Equal(cue, Cue(text, q));
        Assert.NotNull(q.Speaker.EntityId);
    }

    [Fact]
    public void A_view_as_a_predicate_is_reported_with_its_object()
    {
        const string text = "Many farmers see the new tariff as a threat to their livelihood.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new tariff as a threat to their livelihood", q.Text);
        Assert.Equal("see", Cue(text, q));

        Assert.Empty(Indirect("Many farmers see the new tariff in their monthly bills."));
    }

    [Fact]
    public void A_clause_ends_before_a_coordinated_report_with_a_lower_case_subject()
    {
        const string text = "Governor Tom Reyes stressed that the reforms were not complete, and human rights groups warned that the deal was premature.";
        var quotes = Indirect(text);
        Assert.Contains(quotes, q => q.Text == "that the reforms were not complete");
        Assert.Contains(quotes, q => q.Text == "that the deal was premature");
    }

    [Fact]
    public void A_description_after_an_inverted_source_is_no_resumed_clause()
    {
        const string text = "The new ad could start running this week, said Brian Baker, a longtime adviser to the family who runs the group.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The new ad could start running this week", q.Text);
        Assert.Equal("said", Cue(text, q));
    }

    [Theory]
    [InlineData("Governor Tom Reyes endorsed the harbor plan at a news conference in the capital.", "the harbor plan")]
    [InlineData("Governor Tom Reyes endorsed the harbor plan on Friday after a long debate.", "the harbor plan")]
    [InlineData("Governor Tom Reyes endorsed the harbor plan last week.", "the harbor plan")]
    public void An_object_ends_before_an_adverbial_of_time_or_occasion(string text, string expected)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(expected, q.Text);
        Assert.Equal("endorsed", Cue(text, q));
    }

    [Fact]
    public void Run_on_text_of_cues_stays_bounded()
    {
        // One "sentence" of 20,000 cues: each reported clause is capped, and a sentence reports at most a few.
        var text = string.Concat(Enumerable.Repeat("the aide said he thinks ", 20_000));
        var quotes = Indirect(text);
        Assert.InRange(quotes.Count, 1, 6);
        Assert.All(quotes, q => Assert.True(q.Span.End - q.Span.Start < 2_000));
    }
    [Fact]
    public void A_participle_after_a_quote_takes_the_quote_speaker()
    {
        const string text = "\"It is not so bad,\" said Al Cardenas, referring to the senator and his campaign.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the senator and his campaign", q.Text);
        Assert.Equal("Al Cardenas", Mention(text, q));
        Assert.Equal("referring", Cue(text, q));
    }

    [Fact]
    public void Doubled_consonant_forms_are_cues()
    {
        const string text = "Governor Tom Reyes admitted the bridge would not be rebuilt before winter.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the bridge would not be rebuilt before winter", q.Text);
        Assert.Equal("admitted", Cue(text, q));
    }
    [Fact]
    public void A_noun_form_after_a_subject_pronoun_is_the_verb()
    {
        const string text = "The governor, who hopes for a miracle at the convention, kept campaigning.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("a miracle at the convention", q.Text);
        Assert.Equal("governor, who", Mention(text, q));
        Assert.Equal("hopes", Cue(text, q));
    }
    [Fact]
    public void Expressed_reports_its_whole_object()
    {
        const string text = "Senator Maria Gonzalez expressed deep concern about the farm bill.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("deep concern about the farm bill", q.Text);
        Assert.Equal("expressed", Cue(text, q));
        Assert.Equal("person:maria-gonzalez", q.Speaker.EntityId);
    }
    [Fact]
    public void Argued_for_reports_the_preposition_object()
    {
        const string text = "Governor Tom Reyes argued for a higher minimum wage.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("a higher minimum wage", q.Text);
        Assert.Equal("argued", Cue(text, q));
    }
    [Fact]
    public void Shows_takes_a_bare_clause_past_its_first_comma()
    {
        const string text = "New filings show the campaign has less than a million dollars, far short of its rivals.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the campaign has less than a million dollars, far short of its rivals", q.Text);
        Assert.Equal("show", Cue(text, q));
    }
    [Fact]
    public void A_report_in_an_opening_subordinate_clause_ends_at_its_comma()
    {
        const string text = "Although Mayor Elena Ruiz claimed that the harbor was safe, inspectors closed it for a month.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "claimed");
        Assert.Equal("that the harbor was safe", q.Text);
        Assert.Equal("person:elena-ruiz", q.Speaker.EntityId);
    }
    [Fact]
    public void An_aside_in_the_opening_clause_does_not_move_its_report_into_the_main_clause()
    {
        const string text = "While many inspectors, including Mayor Elena Ruiz, claimed that the harbor was safe, the port closed it for a month.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "claimed");
        Assert.Equal("that the harbor was safe", q.Text);
    }
    [Fact]
    public void A_verb_after_an_aside_in_the_opening_clause_takes_that_clause_s_subject()
    {
        const string text = "While several states, including Texas, do not officially acknowledge the treaty as binding, they follow it.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "acknowledge");
        Assert.Equal("several states", Mention(text, q));
        Assert.Null(q.Speaker.EntityId);
    }
    [Fact]
    public void A_report_in_the_main_clause_keeps_its_commas()
    {
        const string text = "Mayor Elena Ruiz claimed that the harbor, the oldest in the state, was safe again.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the harbor, the oldest in the state, was safe again", q.Text);
    }
    [Fact]
    public void A_name_with_an_appositive_is_the_subject_not_an_inverted_clause()
    {
        const string text = "Russell Wheeler, a visiting fellow at a think tank, said the mayor could file a complaint with the court.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the mayor could file a complaint with the court", q.Text);
        Assert.Equal("person:russell-wheeler", q.Speaker.EntityId);
    }
    [Fact]
    public void A_conjunction_opening_the_sentence_is_no_part_of_the_source()
    {
        const string text = "But Democrats said the reasons are good.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the reasons are good", q.Text);
        Assert.Equal("Democrats", Mention(text, q));
    }
    [Fact]
    public void A_bare_clause_opens_after_the_time_of_the_saying()
    {
        const string text = "Mayor Elena Ruiz said on Friday she met the governor earlier this week.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("she met the governor earlier this week", q.Text);
        Assert.Equal("person:elena-ruiz", q.Speaker.EntityId);
    }
    [Fact]
    public void According_to_a_long_source_runs_to_its_comma()
    {
        const string text = "According to early results of a statewide poll conducted for the Herald by Baxter/Lane Research, the two candidates are tied.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the two candidates are tied", q.Text);
        Assert.Contains("Baxter/Lane Research", Mention(text, q));
    }
    [Fact]
    public void According_to_after_a_sentence_adverb()
    {
        const string text = "Now, according to the latest county poll, several rural districts are swinging toward the mayor.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("several rural districts are swinging toward the mayor", q.Text);
        Assert.Contains("poll", Mention(text, q));
    }
    [Fact]
    public void According_to_between_dashes_reports_what_follows_the_closing_dash()
    {
        const string text = "The governor opened the bridge while — according to emails found by the auditors — knowing the steel was weak.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "according to");
        Assert.Equal("knowing the steel was weak", q.Text);
        Assert.Contains("emails", Mention(text, q));
    }
    [Fact]
    public void According_to_with_a_clause_running_into_a_quotation_is_left_to_the_quote_finder()
    {
        const string text = "According to the complaint, the developers engaged in a \u201cmassive fraudulent scheme\u201d for years.";
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) == "according to");
    }
    [Fact]
    public void Adverbs_of_the_verb_group_are_no_part_of_the_source()
    {
        const string text = "Governor Tom Reyes has long said that the bridge should be rebuilt.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the bridge should be rebuilt", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_subject_before_a_participle_aside_is_the_source()
    {
        const string text = "The Gazette, citing two county officials, reported that the levee had been inspected twice.";
        var q = Indirect(text).Single(x => Cue(text, x) == "reported");
        Assert.Equal("that the levee had been inspected twice", q.Text);
        // The source mention lies in the subject, not in the aside ("officials").
        Assert.Contains(Mention(text, q), "The Gazette");
    }

    [Fact]
    public void A_subject_before_a_relative_aside_and_an_auxiliary_is_the_source()
    {
        const string text = "Mayor Elena Ruiz, who has fought the port authority for a decade, has said the harbor must stay public.";
        var q = Indirect(text).Single(x => Cue(text, x) == "said");
        Assert.Equal("the harbor must stay public", q.Text);
        Assert.Equal("person:elena-ruiz", q.Speaker.EntityId);
    }

    [Fact]
    public void A_described_subject_before_an_adverb_aside_is_the_source()
    {
        const string text = "Several election officials, however, said the count would finish by Friday.";
        var q = Assert.Single(Indirect(text));
        Assert.Contains(Mention(text, q), "Several election officials");
    }

    [Fact]
    public void A_time_adverbial_between_subject_and_cue_is_no_source()
    {
        const string text = "Governor Tom Reyes on Sunday announced that the bridge would close for repairs.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the bridge would close for repairs", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Fact]
    public void A_period_of_time_before_the_cue_is_no_source()
    {
        const string text = "The county board last week said the levy would rise by two percent.";
        var q = Assert.Single(Indirect(text));
        Assert.Contains(Mention(text, q), "The county board");
    }

    [Fact]
    public void A_subject_before_an_aside_between_dashes_is_the_source()
    {
        const string text = "Local farm groups — hit hardest by the long drought — said the aid came too late.";
        var q = Indirect(text).Single(x => Cue(text, x) == "said");
        Assert.Equal("the aid came too late", q.Text);
        Assert.Contains(Mention(text, q), "Local farm groups");
    }

    [Fact]
    public void An_adverb_opening_the_sentence_is_not_the_subject_of_a_coordinated_cue()
    {
        const string text = "Ultimately, Governor Tom Reyes vetoed the bill and said the state could not afford it.";
        var q = Indirect(text).Single(x => Cue(text, x) == "said");
        Assert.Equal("the state could not afford it", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Mayor Ana Silva said nearly every family on the street had lost power.", "nearly every family on the street had lost power")]
    [InlineData("Coach Dan Hill said almost 40 players had signed up for the camp.", "almost 40 players had signed up for the camp")]
    public void A_degree_adverb_before_a_quantity_opens_the_reported_subject(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Equal("said", Cue(text, q));
    }

    [Theory]
    [InlineData("Six in 10 said they would vote for the levy.", "Six in 10")]
    [InlineData("In the county poll, more than four in 10 said they would vote for the levy.", "more than four in 10")]
    [InlineData("Nearly nine out of 10 said they would vote for the levy.", "Nearly nine out of 10")]
    public void A_share_of_those_polled_is_the_source(string text, string source)
    {
        var q = Indirect(text).Single(x => Cue(text, x) == "said");
        Assert.Equal("they would vote for the levy", q.Text);
        var first = text.IndexOf(source, StringComparison.Ordinal);
        Assert.True(q.Speaker.Mention is { } m && m.Start >= first && m.End <= first + source.Length, "the mention lies inside the share");
    }

    [Fact]
    public void A_second_saying_between_the_pieces_of_a_quote_is_reported()
    {
        const string text = "\"I don't want to get on the wrong side of the mayor,\" said one former aide, who said he left on good terms. \"I couldn't afford a lawyer.\"";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("he left on good terms", q.Text);
        Assert.Equal("said", Cue(text, q));
    }

    [Theory]
    [InlineData("“We will not back down,” Mayor Ana Silva told Channel Five on Wednesday. “The bridge stays open.”")]
    [InlineData("\"The plan is sound,\" said Dan Hill, a lawyer who has been challenging the county for years. \"It will pass.\"")]
    public void The_attribution_between_the_pieces_of_a_quote_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    /// <summary>The "saying" report of these sentences is Governor Reyes's, whatever stands between him and the participle.</summary>
    private static void AssertReyesSaysTheSchoolsGetMoney(string text)
    {
        var q = Indirect(text).Single(x => Cue(text, x) == "saying");
        Assert.Equal("the schools would get more money", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("PORTVILLE — Governor Tom Reyes defended the new budget on Monday, saying the schools would get more money.")]
    [InlineData("PORTVILLE (Reuters) - Governor Tom Reyes defended the new budget on Monday, saying the schools would get more money.")]
    [InlineData("LAKE CITY, Ore. - Governor Tom Reyes defended the new budget on Monday, saying the schools would get more money.")]
    [InlineData("At a town hall in Ames, Iowa, on Sunday, Governor Tom Reyes defended the new budget, saying the schools would get more money.")]
    [InlineData("This week, Governor Tom Reyes defended the new budget, saying the schools would get more money.")]
    [InlineData("Moreover, Governor Tom Reyes defended the new budget, saying the schools would get more money.")]
    public void Datelines_and_openers_are_no_subject_of_a_participle(string text) => AssertReyesSaysTheSchoolsGetMoney(text);

    [Theory]
    [InlineData("PORTVILLE, Aug 31 (Reuters) - Governor Tom Reyes defended the new budget on Monday, saying the schools would get more money.")]
    [InlineData("Inside the crowded town hall, Governor Tom Reyes defended the new budget on Monday, saying the schools would get more money.")]
    [InlineData("Beyond the new budget, Governor Tom Reyes defended the bridge repairs, saying the schools would get more money.")]
    [InlineData("There, Governor Tom Reyes defended the new budget, saying the schools would get more money.")]
    [InlineData("Therefore, Governor Tom Reyes defended the new budget, saying the schools would get more money.")]
    public void A_dated_dateline_a_place_opener_or_an_adverb_with_its_comma_is_no_subject(string text) => AssertReyesSaysTheSchoolsGetMoney(text);

    [Theory]
    [InlineData("Parents say the new rules are unfair, and Governor Tom Reyes has asked the board to drop them, saying the schools would get more money.")]
    [InlineData("The board defended the new rules on Monday, but Governor Tom Reyes asked it to drop them, saying the schools would get more money.")]
    public void A_participle_after_a_later_main_clause_goes_on_from_its_subject(string text) => AssertReyesSaysTheSchoolsGetMoney(text);

    [Theory]
    [InlineData("Governor Tom Reyes has praised Ana Silva, saying the schools would get more money.")]
    [InlineData("Governor Tom Reyes sharply criticized Ana Silva, saying the schools would get more money.")]
    public void A_participle_after_a_judging_verb_and_its_object_is_not_the_object_s(string text) => AssertReyesSaysTheSchoolsGetMoney(text);

    [Theory]
    [InlineData("The bridge will reopen in May, Governor Tom Reyes said in a statement on Friday, adding that the schools would get more money.")]
    [InlineData("“We will not back down,” Governor Tom Reyes said in Lakeside, adding that the schools would get more money.")]
    public void A_participle_after_a_cue_and_its_adverbial_takes_the_cue_s_source(string text)
    {
        var q = Indirect(text).Single(x => Cue(text, x) == "adding");
        Assert.Equal("that the schools would get more money", q.Text);
        Assert.Equal("person:tom-reyes", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("In a Lakeside Herald/Channel Five survey released last Thursday, most parents backed the new school budget.")]
    [InlineData("In the latest Lakeside Herald poll, conducted in May, most parents backed the new school budget.")]
    public void A_poll_named_with_a_slash_or_a_tail_opening_the_sentence_is_the_source(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("most parents backed the new school budget", q.Text);
        Assert.Contains(Mention(text, q), text[..text.IndexOf(',')]);
    }

    [Fact]
    public void A_poll_with_a_short_tail_closing_the_sentence_is_the_source()
    {
        const string text = "Most parents backed the new school budget in a Lakeside Herald/Channel Five poll released Sunday.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Most parents backed the new school budget", q.Text);
    }

    [Theory]
    [InlineData("In offering analysis of the vote, the mayor praised the new school budget.")]
    [InlineData("The mayor did better with parents than in other polls released Sunday.")]
    public void Analysis_as_an_activity_and_polls_in_a_comparison_are_no_source(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q).Equals("in", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_subordinator_opening_the_sentence_is_no_part_of_the_source()
    {
        const string text = "While local farm groups say the aid came too late, the county board plans a second round.";
        var q = Indirect(text).Single(x => Cue(text, x) == "say");
        Assert.Equal("the aid came too late", q.Text);
        Assert.Equal("local farm groups", Mention(text, q));
    }

    [Fact]
    public void A_share_with_a_percent_sign_is_the_source()
    {
        const string text = "On school issues, 42% say they would vote for the levy; 37% disagree.";
        var q = Indirect(text).Single(x => Cue(text, x) == "say");
        Assert.Equal("they would vote for the levy", q.Text);
        Assert.Equal("42%", Mention(text, q));
    }

    [Fact]
    public void When_asked_opening_the_sentence_is_a_question_by_nobody_named()
    {
        const string text = "When asked whether the bridge would reopen in May, Mayor Ana Silva shrugged and smiled.";
        var q = Indirect(text).Single(x => Cue(text, x) == "asked");
        Assert.Equal("whether the bridge would reopen in May", q.Text);
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Mention);
    }

    [Theory]
    [InlineData("As reported by the Lakeside Herald, the county board will vote on the levy in May.", "Herald")]
    [InlineData("The board met twice, and, as Mayor Ana Silva noted on Saturday, the county board will vote on the levy in May.", "Silva")]
    public void An_as_phrase_names_who_reported_the_clause_after_it(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the county board will vote on the levy in May", q.Text);
        Assert.Contains(source, Mention(text, q));
    }

    [Fact]
    public void An_as_clause_of_time_names_no_source()
    {
        const string text = "As ballots were still being counted in some states, the mayor thanked her volunteers.";
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) == "states");
    }

    [Theory]
    [InlineData("Mayor Ana Silva sent a letter this week urging the state to fund the bridge.", "urging")]
    [InlineData("Mayor Ana Silva has published a letter strongly disputing the state's figures on the bridge.", "disputing")]
    public void A_participle_after_a_verb_and_its_document_takes_the_verb_s_subject(string text, string cue)
    {
        var q = Indirect(text).Single(x => Cue(text, x) == cue);
        Assert.Equal("person:ana-silva", q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("Pollster Andy Smith said Trump, despite his wealth, is better placed to win the working-class vote.", "Trump, despite his wealth, is better placed to win the working-class vote")]
    [InlineData("Opponents said the ruling, which struck down three state laws, illustrates the stakes of the election.", "the ruling, which struck down three state laws, illustrates the stakes of the election")]
    [InlineData("Analysts noted that, while the tax may lower premiums, workers will not see the savings soon.", "that, while the tax may lower premiums, workers will not see the savings soon")]
    public void An_aside_between_the_clause_subject_and_its_verb_does_not_end_the_clause(string text, string reported)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
    }

    [Fact]
    public void An_aside_after_a_full_clause_still_ends_it()
    {
        const string text = "Mayor Elena Ruiz said the harbor would reopen in May, which surprised the shipping firms.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the harbor would reopen in May", q.Text);
    }

    [Fact]
    public void A_passive_report_with_nothing_after_it_reports_its_subject_by_nobody_named()
    {
        const string text = "The purchase price was not disclosed.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The purchase price", q.Text);
        Assert.Null(q.Speaker.Mention);
        Assert.Equal("disclosed", Cue(text, q));
    }

    [Fact]
    public void A_passive_report_takes_its_by_agent_as_the_source()
    {
        const string text = "The mayor's remarks were echoed by several council members on Sunday.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The mayor's remarks", q.Text);
        Assert.Equal("several council members", Mention(text, q));
    }

    [Fact]
    public void A_passive_participle_before_a_clause_of_its_own_is_no_passive_report()
    {
        Assert.Empty(Indirect("The bill was approved and the mayor signed it."));
    }

    [Theory]
    [InlineData("The union will likely sit out the election altogether, union director Phil Smith told POLITICO earlier this week.", "The union will likely sit out the election altogether", "Phil Smith")]
    [InlineData("Her husband was free and would soon be coming home, the president told her.", "Her husband was free and would soon be coming home", "the president")]
    [InlineData("The senator raised more than $33 million in three months, his campaign announced Saturday.", "The senator raised more than $33 million in three months", "his campaign")]
    [InlineData("Consumer sentiment has been higher than in any year since 2004, the University of Michigan reported last week.", "Consumer sentiment has been higher than in any year since 2004", "the University of Michigan")]
    public void A_cue_after_the_clause_may_end_in_its_addressee_and_the_time_of_the_saying(string text, string reported, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
        Assert.Equal(source, Mention(text, q));
    }

    [Fact]
    public void After_an_opener_a_clause_told_to_an_addressee_is_the_one_reported()
    {
        const string text = "After the vote, the mayor told reporters the plan would fail.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the plan would fail", q.Text);
    }

    [Theory]
    [InlineData("Mayor Elena Ruiz said in one of a series of messages on Twitter that the truck was carrying explosives.", "that the truck was carrying explosives")]
    [InlineData("Senator Tom Reyes said Thursday during a taping of a town hall meeting in Buffalo that the state law is wrong.", "that the state law is wrong")]
    public void A_long_adverbial_of_the_saying_may_stand_before_that(string text, string reported)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
    }

    [Fact]
    public void A_that_after_the_object_of_a_cue_is_relative_not_a_clause()
    {
        const string text = "The mayor spoke about the new levee, recalling the storm that flooded the river town in 2019.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "recalling");
        Assert.Equal("the storm that flooded the river town in 2019", q.Text);
    }

    [Fact]
    public void A_that_after_an_addressee_still_opens_the_clause()
    {
        const string text = "The mayor told the committee that the levee would hold.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the levee would hold", q.Text);
    }

    [Fact]
    public void A_clause_ends_where_the_main_clause_s_subject_and_verb_of_saying_follow()
    {
        const string text = "Ahead of the summit, where new deals are expected to show the strength of the alliance, the envoy told reporters the talks would go well.";
        var q = Assert.Single(Indirect(text), q => q.Text.StartsWith("to show", StringComparison.Ordinal));
        Assert.Equal("to show the strength of the alliance", q.Text);
    }

    [Fact]
    public void A_relative_which_after_a_named_entity_speaks_for_that_entity()
    {
        const string text = "Tensions grew over the strait and Beijing, which sees the island as a breakaway province, sent more ships.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "sees");
        Assert.Equal("state:CN", q.Speaker.EntityId);
        Assert.Equal("Beijing, which", Mention(text, q));
    }

    [Fact]
    public void Asked_by_someone_before_the_question_is_a_question_by_that_someone()
    {
        const string text = "Asked by Matt Lauer whether she had practiced her speech, Ms. Ruiz said she read it once.";
        var q = Indirect(text).First(q => Cue(text, q) == "Asked");
        Assert.Equal("whether she had practiced her speech", q.Text);
        Assert.Equal("Matt Lauer", Mention(text, q));
    }

    [Fact]
    public void Asked_on_a_programme_before_the_question_is_a_question_by_nobody_named()
    {
        const string text = "Asked on Fox News who leads the party, the senator named the speaker.";
        var q = Indirect(text).First(q => Cue(text, q) == "Asked");
        Assert.Equal("who leads the party", q.Text);
        Assert.Null(q.Speaker.Mention);
    }

    [Theory]
    [InlineData("Senator Maria Gonzalez hopes the farm bill will pass before the summer recess.", "hopes", "the farm bill will pass before the summer recess")]
    [InlineData("Mayor Elena Ruiz fears the harbor will not reopen before May.", "fears", "the harbor will not reopen before May")]
    public void A_noun_form_right_after_a_name_is_the_verb(string text, string cue, string reported)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
        Assert.Equal(cue, Cue(text, q));
        Assert.StartsWith("person:", q.Speaker.EntityId);
    }

    [Fact]
    public void A_noun_form_after_a_name_with_a_determiner_is_a_noun()
    {
        const string text = "The Gonzalez hopes of a quick vote faded when the committee adjourned without a decision.";
        Assert.Empty(Indirect(text));
    }

    [Theory]
    [InlineData("The latest reports show the governor leading in every county.", "the governor leading in every county")]
    [InlineData("Federal election reports show that three groups have spent $1.1 million on ads.", "that three groups have spent $1.1 million on ads")]
    public void A_noun_form_heading_the_source_is_no_verb_inside_it(string text, string reported)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
        Assert.Equal("show", Cue(text, q));
    }

    [Theory]
    [InlineData("Her advisers remain confident that the senator will win the primary in May.", "Her advisers", "that the senator will win the primary in May")]
    [InlineData("Mayor Elena Ruiz was adamant that the harbor would reopen before the summer.", "Elena Ruiz", "that the harbor would reopen before the summer")]
    [InlineData("Mayor Elena Ruiz made it clear that the harbor would reopen before the summer.", "Elena Ruiz", "that the harbor would reopen before the summer")]
    [InlineData("Mayor Elena Ruiz made a strong case that the harbor would reopen before the summer.", "Elena Ruiz", "that the harbor would reopen before the summer")]
    public void An_adjective_of_certainty_before_that_reports_the_subject_s_view(string text, string source, string reported)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(reported, q.Text);
        Assert.Equal(source, Mention(text, q));
    }

    [Theory]
    [InlineData("It is clear that the harbor will reopen before the summer.")]
    [InlineData("The mayor was so confident that she skipped the last debate of the campaign.")]
    public void Clear_without_make_and_so_that_report_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Theory]
    [InlineData("Senator Maria Gonzalez has drawn huge crowds describing a country run by its bankers.", "describing", "Maria Gonzalez")]
    // ("did not reply to several emails asking …" is now a report of the request, Indirect/NoResponse.cs, round 27.)
    [InlineData("The campaign of Senator Maria Gonzalez ignored several emails asking about its contracts with staff.", "asking", "Maria Gonzalez")]
    public void A_predicate_before_a_participle_is_no_source_the_sentence_subject_is(string text, string cue, string source)
    {
        var q = Indirect(text).Single(q => Cue(text, q) == cue);
        Assert.Contains(source, Mention(text, q));
    }

    [Fact]
    public void A_participle_after_included_goes_on_from_the_object()
    {
        const string text = "The city released records, including handwritten ledgers showing the mayor was paid twice.";
        var q = Indirect(text).Single(q => Cue(text, q) == "showing");
        Assert.Contains("handwritten ledgers", Mention(text, q));
    }

    [Theory]
    [InlineData("Local officials hope the new bridge will open before the winter storms.", "hope", "Local officials")]
    [InlineData("Some critics fear the new rules will leave small farms with fewer protections.", "fear", "Some critics")]
    public void A_plain_noun_form_after_a_plural_subject_is_the_verb(string text, string cue, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
        Assert.Equal(source, Mention(text, q));
    }

    [Theory]
    [InlineData("Voter fears about the new bridge grew over the long summer.")]
    [InlineData("The strong jobs report cleared the way for a rate increase in June.")]
    public void Compound_nouns_are_no_verb(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_lower_case_group_of_people_is_the_source_of_a_plain_object()
    {
        const string text = "Where buildable land is scarce, developers see golf courses as wasted space.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("golf courses as wasted space", q.Text);
        Assert.Equal("developers", Mention(text, q));
    }

    [Theory]
    [InlineData("Mayor Elena Ruiz said in a statement Thursday night the harbor would reopen in May.")]
    [InlineData("Mayor Elena Ruiz said on Twitter the harbor would reopen in May.")]
    public void A_bare_clause_opens_after_the_occasion_of_the_saying(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the harbor would reopen in May", q.Text);
    }

    [Fact]
    public void The_occasion_between_subject_and_cue_is_no_source()
    {
        const string text = "Mayor Elena Ruiz in a long blog post said the harbor would reopen in May.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the harbor would reopen in May", q.Text);
        Assert.Equal("Elena Ruiz", Mention(text, q));
    }

    [Fact]
    public void Seeming_to_take_a_stand_is_the_subject_s_stand()
    {
        const string text = "Mayor Elena Ruiz seemed to mock the council's budget plan.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("to mock the council's budget plan", q.Text);
        Assert.Equal("Elena Ruiz", Mention(text, q));
    }

    [Theory]
    [InlineData("Mayor Elena Ruiz said she would veto the budget, and the council did nothing about it.")]
    [InlineData("Mayor Elena Ruiz said she would veto the budget, and there were no objections.")]
    public void A_clause_ends_before_and_a_new_determiner_subject_with_its_verb(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("she would veto the budget", q.Text);
    }

    [Theory]
    [InlineData("Mayor Elena Ruiz defended the new budget and refused to meet the council.")]
    [InlineData("Mayor Elena Ruiz defended the new budget and then went back to her office.")]
    public void An_object_ends_before_and_a_second_predicate(string text)
    {
        var q = Indirect(text).Single(q => Cue(text, q) == "defended");
        Assert.Equal("the new budget", q.Text);
    }

    [Theory]
    [InlineData("Democrats opposed the new farm bill.", "Democrats")]
    [InlineData("Most politicians opposed the new farm bill.", "Most politicians")]
    public void A_party_or_group_of_people_is_the_source_of_a_plain_object(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new farm bill", q.Text);
        Assert.Equal(source, Mention(text, q));
    }

    [Fact]
    public void A_definite_noun_phrase_before_a_finite_verb_is_the_source_of_a_plain_object()
    {
        const string text = "The committee rejected the new farm bill.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new farm bill", q.Text);
        Assert.Equal("The committee", Mention(text, q));
    }

    [Theory]
    [InlineData("The latest dispute over the farm bill flared again in the spring.")]
    [InlineData("Trump spoke during a portion of the debate focused on the racial divide.")]
    public void A_bare_form_or_a_participle_after_a_definite_phrase_is_no_report_of_it(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) is "dispute" or "focused");
    }

    [Theory]
    [InlineData("Mayor Ana Silva criticized the new parking rules on Friday.", "criticized", "the new parking rules")]
    [InlineData("Governor Tom Reyes praised the plan.", "praised", "the plan")]
    [InlineData("Governor Tom Reyes touted the plan.", "touted", "the plan")]
    public void A_verb_of_judging_reports_its_plain_object(string text, string cue, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_judgment_with_its_reason_runs_on_past_a_town_and_state()
    {
        const string text = "Senator Maria Gonzalez criticized Tulsa, Okla., police for shooting an unarmed man.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Tulsa, Okla., police for shooting an unarmed man", q.Text);
    }

    [Fact]
    public void A_participle_after_an_object_goes_on_from_the_subject_of_the_last_verb()
    {
        const string text = "And now Mr. Hale has taken on a much larger case, seeking to overturn the verdict.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("seeking", Cue(text, q));
        Assert.Equal("Hale", Mention(text, q));
    }

    [Theory]
    [InlineData("Mayor Ana Silva spoke for about 30 minutes at the town hall.")]
    [InlineData("An aide who spoke on condition of anonymity left the room early.")]
    [InlineData("General Tom Reyes spoke on behalf of the governor at the convention.")]
    public void How_long_or_on_what_terms_someone_spoke_is_no_content(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) is "spoke");
    }

    [Fact]
    public void A_second_place_finish_is_no_duration()
    {
        const string text = "His advisers have hoped for a second-place finish in the primary.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("a second-place finish in the primary", q.Text);
    }

    // Round 14: content span boundaries.

    [Theory]
    [InlineData("Mayor Ana Silva cited rising rents, long commutes and poor schools.", "rising rents, long commutes and poor schools")]
    [InlineData("Governor Tom Reyes praised the nurses, the teachers, and the firefighters on Friday.", "the nurses, the teachers, and the firefighters")]
    public void A_plain_object_that_is_a_list_runs_on_past_its_commas(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_plain_object_still_ends_at_a_comma_before_a_new_clause()
    {
        const string text = "Governor Tom Reyes praised the plan, and he expects it to pass.";
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == "praised");
        Assert.Equal("the plan", q.Text);
    }

    [Theory]
    [InlineData("As the mayor announces that the budget is balanced, the council is set to vote on new spending.", "announces", "that the budget is balanced")]
    [InlineData("Ever since Senator Maria Gonzalez announced her candidacy last year, her rivals have questioned her record.", "announced", "her candidacy last year")]
    public void A_report_in_an_opening_as_or_ever_since_clause_ends_at_its_comma(string text, string cue, string content)
    {
        var q = Assert.Single(Indirect(text), x => Cue(text, x) == cue);
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void An_opening_as_clause_of_reporting_still_reports_the_clause_after_its_comma()
    {
        const string text = "As the Daily Ledger reported, even on Friday, the council was refusing to vote on the budget.";
        Assert.Contains(Indirect(text), q => q.Text == "even on Friday, the council was refusing to vote on the budget");
    }

    [Theory]
    [InlineData("Mr. Barkley, who said he usually votes for Democrats, said one candidate he likes is the governor of Ohio.", "he usually votes for Democrats")]
    [InlineData("The new rules, which officials said will take effect in March, will not apply to small farms.", "will take effect in March")]
    public void A_report_in_a_relative_aside_ends_where_the_aside_closes(string text, string content)
    {
        Assert.Contains(Indirect(text), q => q.Text == content);
    }

    [Fact]
    public void A_relative_aside_in_a_sentence_attributed_after_its_clause_is_not_cut()
    {
        const string text = "The two families, who asked the police to release the video, watched it on Thursday, their lawyers said.";
        Assert.DoesNotContain(Indirect(text), q => q.Text == "the police to release the video");
    }

    [Theory]
    [InlineData("Federal records show he backed Senator John Hale (R-AZ) and two other candidates.", "he backed Senator John Hale (R-AZ) and two other candidates")]
    [InlineData("The poll found more than half of her support (57 percent) comes from women.", "more than half of her support (57 percent) comes from women")]
    public void A_clause_goes_on_past_a_short_parenthesis(string text, string content)
    {
        Assert.Contains(Indirect(text), q => q.Text == content);
    }

    [Fact]
    public void A_parenthesis_with_a_report_of_its_own_still_ends_the_clause()
    {
        const string text = "A video showed the senator stumbling to a van (aides disclosed that she was ill).";
        Assert.Contains(Indirect(text), q => Cue(text, q) == "disclosed");
    }

    [Theory]
    [InlineData("Mayor Ana Silva said the city faces hard choices, especially in its poorer districts.", "the city faces hard choices, especially in its poorer districts")]
    [InlineData("Senator Maria Gonzalez favors exceptions, such as for small farms.", "exceptions, such as for small farms")]
    public void Examples_of_what_was_just_named_belong_to_the_content(string text, string content)
    {
        Assert.Contains(Indirect(text), q => q.Text == content);
    }

    // Round 16 (content span starts).

    [Theory]
    [InlineData("In the end, the union's president said, most of its members will vote for the Democrats.", "most of its members will vote for the Democrats")]
    [InlineData("With rebels gaining ground in the north, the officials said, the president has refused to send more troops.", "the president has refused to send more troops")]
    [InlineData("As for the new stadium, the mayor said, the city will open it to the public next spring.", "the city will open it to the public next spring")]
    public void A_fronted_adverbial_before_the_attribution_leaves_the_report_to_the_clause_after_it(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, text[q.Span.Start..q.Span.End]);
        Assert.Equal(content, q.Text);
        Assert.Empty(q.Pieces);
    }

    // Round 15: missed verbs of saying and wrong sources.

    [Theory]
    [InlineData("In nearby Riverton, the old paper mill is hanging on, but it is under heavy pressure from imports, said the company's chief executive, Paul Grady.",
        "In nearby Riverton, the old paper mill is hanging on, but it is under heavy pressure from imports", "the company")]
    [InlineData("Even as the race moves to Ohio, a state that she hoped to carry easily, the contest will be tight, said Dan Ortiz, director of a polling firm in Columbus.",
        "Even as the race moves to Ohio, a state that she hoped to carry easily, the contest will be tight", "Dan Ortiz")]
    public void A_scene_opening_the_clause_is_no_subject_before_an_appositive(string text, string content, string source)
    {
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal(content, q.Text);
        Assert.StartsWith(source, Mention(text, q));
    }

    [Theory]
    [InlineData("The port deal was signed in secret, said a former spokesman for the ministry, Paul Grady, who also ran the press office.")]
    [InlineData("The port deal was signed in secret, said a former spokesman for the ministry, Oleg Voloshyn, who also ran the press office.")]
    public void A_name_after_an_inverted_source_s_description_is_no_second_piece(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The port deal was signed in secret", q.Text);
        Assert.Equal("a former spokesman for the ministry", Mention(text, q));
    }

    [Fact]
    public void A_short_scene_before_the_attribution_is_no_part_of_the_report()
    {
        const string text = "In the end, Mr. Rosen said, the ferry riders mostly come back to the old route.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the ferry riders mostly come back to the old route", q.Text);
        Assert.Equal("Rosen", Mention(text, q));
    }

    [Fact]
    public void A_long_occasion_of_the_saying_may_end_the_sentence()
    {
        const string text = "The bridge repairs have slipped from May to June to, now, August, Wilkin said during his talk to the harbor board.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The bridge repairs have slipped from May to June to, now, August", q.Text);
        Assert.Equal("Wilkin", Mention(text, q));
    }

    [Theory]
    [InlineData("Friday morning, as the marathon wound through town, the Gazette reported at least six balloons drifted over the course.", "Friday morning, as the marathon wound through town")]
    [InlineData("Lena Park, a baker from Dover, Delaware, said Thursday's hearings have led her to give up on the plan.", "Lena Park, a baker from Dover")]
    [InlineData("The tax cut will pay for itself, Senator Hale said on Tuesday during a town meeting that he may wait until spring to decide.", "The tax cut will pay for itself")]
    public void Words_after_the_cue_that_are_no_occasion_leave_the_words_before_it_unreported(string text, string notReported)
    {
        Assert.DoesNotContain(Indirect(text), q => q.Text == notReported);
    }

    [Theory]
    [InlineData("The museum is reportedly making plans to sell two paintings next year.", "The museum is reportedly making plans to sell two paintings next year")]
    [InlineData("Reportedly, he kept a second ledger at home and had hidden it from the auditors for months.", "he kept a second ledger at home and had hidden it from the auditors for months")]
    [InlineData("In total, the thieves have reportedly emptied more than 40 parking meters and boxes, leaving drivers puzzled.", "the thieves have reportedly emptied more than 40 parking meters and boxes")]
    [InlineData("With former Mayor Tom Reyes reportedly eyeing a move to the coast, a new survey found that he would sell his farm.", "former Mayor Tom Reyes reportedly eyeing a move to the coast")]
    [InlineData("The coach is a veteran, but has reportedly been unhappy with the club throughout the season.", "been unhappy with the club throughout the season")]
    public void Reportedly_marks_its_clause_as_a_report_by_nobody_named(string text, string content)
    {
        var q = Assert.Single(Indirect(text), q => Cue(text, q) is "reportedly" or "Reportedly");
        Assert.Equal(content, q.Text);
        Assert.Null(q.Speaker.Mention);
    }

    [Theory]
    [InlineData("The mayor reportedly said that the library would close.")]
    [InlineData("Senator Hale Reportedly Spotted At Another Fishing Contest.")]
    public void Reportedly_before_a_verb_of_saying_or_in_a_headline_is_no_cue(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) is "reportedly" or "Reportedly");
    }

    [Fact]
    public void A_report_inside_a_reportedly_clause_is_kept()
    {
        const string text = "The bakery has reportedly taken heat from a neighbors' group demanding the bakery close its oven vents at night.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "demanding");
        Assert.EndsWith("group", Mention(text, q));
    }

    [Theory]
    [InlineData("Asked whether he would repaint the hall before winter, the janitor said, \"Probably.\"", "whether he would repaint the hall before winter")]
    [InlineData("Asked if the storm had worried the sailors as well, Captain Ivo Marsh said, \"Sure. We all felt it.\"", "if the storm had worried the sailors as well")]
    public void The_question_before_the_answer_s_attribution_is_asked_by_nobody_named(string text, string question)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(question, q.Text);
        Assert.Null(q.Speaker.Mention);
    }

    [Theory]
    [InlineData("Support for the new bus line is strongest among night workers, drivers and union officials told reporters.", "drivers and union officials")]
    [InlineData("The port knew the cranes were faulty, current and former officials said.", "current and former officials")]
    public void A_coordinated_source_after_the_clause_is_one_source(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(text[..text.LastIndexOf(',')], q.Text);
        Assert.Equal(source, Mention(text, q));
    }

    [Fact]
    public void A_coordinated_subject_with_its_own_verb_group_is_no_source_after_a_clause()
    {
        const string text = "When the new coach arrived at the stadium on Monday, he and the captain had reasons to forget the last season.";
        Assert.DoesNotContain(Indirect(text), q => q.Text.StartsWith("When the new coach", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Even if the ferry loses money, skippers in the next two harbors — Elm Cove and Marlow — said it is important that it keep sailing.", "the next two harbors")]
    [InlineData("The town council and others - including many of the valley's own farmers - want the dam to release more water in summer.", "others")]
    public void A_cue_after_an_aside_between_dashes_takes_the_phrase_before_the_opening_dash(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(source, Mention(text, q));
    }

    [Theory]
    [InlineData("The landlord claims his building is worth twice the assessed value.", "The landlord", "his building is worth twice the assessed value")]
    [InlineData("The union hopes the strike will end before the holidays.", "The union", "the strike will end before the holidays")]
    public void A_noun_form_in_s_after_a_singular_subject_and_before_a_clause_is_the_verb(string text, string source, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Equal(source, Mention(text, q));
    }

    [Theory]
    [InlineData("The landlord's claims were false.")]
    [InlineData("Insurance fraud claims have risen every winter.")]
    public void A_noun_form_after_a_possessive_or_before_a_verb_stays_a_noun(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_semicolon_closes_an_attribution_after_its_clause()
    {
        const string text = "To fill the hall, organizers need about 400 tickets sold at the door, local promoters say; in 2019, the festival sold only 270 of its tickets at the door.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("To fill the hall, organizers need about 400 tickets sold at the door", q.Text);
        Assert.Equal("local promoters", Mention(text, q));
    }

    [Theory]
    [InlineData("The school was only charging what 12 other schools already charge, he told the court in his filing.", "The school was only charging what 12 other schools already charge")]
    [InlineData("The orchard will recover by spring, the farmer told his youngest workers.", "The orchard will recover by spring")]
    public void A_clause_before_a_telling_may_end_in_an_addressee_with_a_determiner(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Equal("told", Cue(text, q));
    }

    [Theory]
    [InlineData("The plumber Ivo Marsh said he would.", "he would")]
    [InlineData("They said she could.", "she could")]
    public void A_pronoun_and_an_auxiliary_closing_the_sentence_are_a_clause_after_a_verb_of_saying(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_pronoun_and_an_auxiliary_after_a_verb_of_thinking_are_no_clause()
    {
        Assert.Empty(Indirect("They believe it was."));
    }

    [Theory]
    [InlineData("Club spokesman Ivo Marsh on Thursday evening said the pool would reopen soon.", "Club spokesman Ivo Marsh")]
    [InlineData("Governor Ana Silva has nevertheless called the toll a fair one.", "Governor Ana Silva")]
    public void A_part_of_the_day_or_a_linking_adverb_before_the_cue_is_no_source(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Contains(Mention(text, q), source);
    }

    [Fact]
    public void A_linking_adverb_between_commas_before_the_cue_is_no_source()
    {
        const string text = "Harbor pilots and port officials, however, said they believed the storm had moved the buoys.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("they believed the storm had moved the buoys", q.Text);
        Assert.Contains(Mention(text, q), "Harbor pilots and port officials");
    }

    // Round 17 (precision): what follows the addressee of "told" in a quotation's tail is no second report.
    [Theory]
    [InlineData("\u201cThe ferry will run again by spring,\u201d Ivo Marsh told a crowd in Dover, Delaware on Tuesday night.")]
    [InlineData("\"The ferry will run again by spring,\" the harbor master told cheering commuters at the pier in Dover.")]
    [InlineData("The ferry will run again by spring,'' Ms. Silva, 61, told a meeting of the harbor board in Dover.")]
    public void What_follows_the_addressee_of_told_after_a_quotation_is_no_report(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) == "told");
    }

    [Theory]
    [InlineData("\u201cWe tried everything,\u201d the mayor told reporters that the bridge would stay shut until May.", "that the bridge would stay shut until May")]
    [InlineData("The mayor told reporters the bridge would stay shut until May.", "the bridge would stay shut until May")]
    public void A_that_clause_after_told_in_a_tail_or_a_clause_after_told_elsewhere_is_still_reported(string text, string content)
    {
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "told");
        Assert.Equal(content, q.Text);
    }

    [Theory]
    [InlineData("''I think the mill will close by spring,'' Ms. Ortiz said.")]
    [InlineData("The owners were silent. ''Everyone here knows the mill will close by spring,'' Ms. Ortiz said.")]
    public void A_cue_inside_a_quotation_written_with_two_apostrophes_is_no_report_of_its_own(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) is "think" or "knows");
    }

    [Fact]
    public void A_cue_after_a_closed_two_apostrophe_quotation_is_still_reported()
    {
        const string text = "''We will see,'' Ms. Ortiz said, and she thinks the mill will close by spring.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "thinks");
        Assert.Equal("the mill will close by spring", q.Text);
    }

    // Round 18: a verb of saying in the infinitive, with its "that" (IndirectSpeechFinder.Infinitives.cs).
    [Theory]
    [InlineData("The harbor master went on to say that the new buoys would arrive in May.", "that the new buoys would arrive in May", "The harbor master")]
    [InlineData("After the vote, the ferry captains continued to warn that the channel was too shallow.", "that the channel was too shallow", "the ferry captains")]
    [InlineData("Local bakers are all quick to point out that the flour tax hurts small shops.", "that the flour tax hurts small shops", "Local bakers")]
    public void A_verb_of_saying_in_the_infinitive_reports_its_clause_for_the_subject(string text, string content, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Contains(Mention(text, q), source);
    }

    [Theory]
    [InlineData("It is fair to say that the new buoys would arrive in May.")]
    [InlineData("The delay led some to speculate that the channel was too shallow.")]
    public void An_infinitive_of_saying_after_an_adjective_of_comment_or_an_object_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    // Round 18: a participle of saying opening the sentence (IndirectSpeechFinder.FrontedParticiples.cs).
    [Theory]
    [InlineData("Noting that the pier had flooded twice since June, the harbor master asked for a new wall.", "that the pier had flooded twice since June", "the harbor master")]
    [InlineData("Declaring that he alone could fix the bridge, the engineer offered his plan to the board.", "that he alone could fix the bridge", "the engineer")]
    public void A_participle_of_saying_opening_the_sentence_reports_its_clause_for_the_main_subject(string text, string content, string source)
    {
        var q = Assert.Single(Indirect(text), r => r.Text.StartsWith("that ", StringComparison.Ordinal));
        Assert.Equal(content, q.Text);
        Assert.Contains(Mention(text, q), source);
    }

    // Round 19: a document or data source after the clause (IndirectSpeechFinder.DocumentEvidence.cs).
    [Theory]
    [InlineData("The bakery sold its second oven to the mayor in 2011, county records show.", "The bakery sold its second oven to the mayor in 2011", "county records")]
    [InlineData("Most ferry riders want a later boat on Sundays, a new harbor survey has found.", "Most ferry riders want a later boat on Sundays", "a new harbor survey")]
    [InlineData("Ferry fares rose twice as fast as bus fares, a study by the harbor board found.", "Ferry fares rose twice as fast as bus fares", "a study by the harbor board")]
    public void A_document_showing_a_clause_after_it_reports_the_clause(string text, string content, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Contains(source, Mention(text, q));
    }

    [Fact]
    public void A_show_closing_the_sentence_after_no_document_reports_nothing()
    {
        Assert.Empty(Indirect("The baker played the fiddle at the fair, and then he took his band to the shows."));
    }

    // Round 19: a verb of saying in -ing after "by", "after", "while" (IndirectSpeechFinder.Gerunds.cs).
    [Theory]
    [InlineData("The harbor master calmed the crowd by saying the ferry would run again on Monday.", "the ferry would run again on Monday", "The harbor master")]
    [InlineData("The baker lost the contract after claiming that the flour had been spoiled.", "that the flour had been spoiled", "The baker")]
    [InlineData("The ferry captain ended the quarrel by pointing out that the tide tables were wrong.", "that the tide tables were wrong", "The ferry captain")]
    public void A_gerund_of_saying_after_a_preposition_reports_its_clause_for_the_subject(string text, string content, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Contains(source, Mention(text, q));
    }

    // Round 19: "tonight", "this morning" between a cue and a bare clause (ReportedClause.AfterTimeAdverbial).
    [Theory]
    [InlineData("The harbor master says tonight he is ready to close the pier.", "he is ready to close the pier")]
    [InlineData("The baker said this morning the ovens would stay cold until June.", "the ovens would stay cold until June")]
    public void A_time_word_between_the_cue_and_a_bare_clause_is_skipped(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    // Round 21: reports that overlap no gold piece (precision).
    // "…, said NAME, APPOSITIVE": the name is the speaker of the words before the cue (Indirect/InvertedAttribution.cs).
    [Theory]
    [InlineData("The new ferry “is not safe” for children, said Ana Ortiz, a harbor engineer at the port.")]
    [InlineData("The bakery “cannot survive” another flour tax, says Tom Reyes, owner of the shop on Main Street.")]
    public void A_name_after_a_comma_and_a_verb_of_saying_is_the_speaker_not_a_report(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => q.Text.StartsWith("Ana Ortiz", StringComparison.Ordinal) || q.Text.StartsWith("Tom Reyes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_after_a_verb_of_saying_and_a_comma_is_still_reported()
    {
        const string text = "The harbor master, a careful man, said the ferry would run again on Monday.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the ferry would run again on Monday", q.Text);
    }

    // Cue verbs whose object shows a sense that reports nothing (Indirect/ObjectSense.cs).
    [Theory]
    [InlineData("The baker maintains a wide lead over his rivals in the county.")]
    [InlineData("The harbor board found itself at the center of the dispute over the pier.")]
    [InlineData("The mayor found a way to pay for the new pier without a tax.")]
    public void Maintaining_a_lead_or_finding_oneself_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Theory]
    [InlineData("The baker maintains that the flour was spoiled before it arrived.", "that the flour was spoiled before it arrived")]
    [InlineData("The harbor board found that the pier had flooded twice since June.", "that the pier had flooded twice since June")]
    public void Maintaining_or_finding_a_clause_is_still_reported(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    // When and how something was said, right after the verb of saying (Indirect/SayingCircumstance.cs).
    [Theory]
    [InlineData("“We will rebuild the pier,” the mayor said after the storm.")]
    [InlineData("“The ovens stay cold until June,” the baker said while touring the mill on Friday.")]
    [InlineData("“That is all,” the harbor master wrote without further comment.")]
    public void When_or_how_it_was_said_is_no_report(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_clause_after_the_time_of_the_saying_is_still_reported()
    {
        const string text = "The mayor said after the vote he would resign in June.";
        var q = Assert.Single(Indirect(text));
        Assert.Contains("he would resign in June", q.Text);
    }

    // Plain plural polls are the race's standing, not a source (Indirect/StandingInPolls.cs).
    [Fact]
    public void A_lead_in_the_polls_is_no_finding_of_a_poll()
    {
        Assert.Empty(Indirect("The mayor has built a wide lead over her three rivals in the polls."));
    }

    [Fact]
    public void A_sentence_ending_in_the_polls_is_left_to_its_own_cue()
    {
        const string text = "The baker says he is under attack because of his rise in the latest polls.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("says", Cue(text, q));
        Assert.Equal("The baker", Mention(text, q));
    }

    [Theory]
    [InlineData("The mayor leads her rival by ten points in a new Harbor Gazette poll.", "The mayor leads her rival by ten points")]
    [InlineData("In exit polls, most voters were unhappy with the ferry service.", "most voters were unhappy with the ferry service")]
    public void A_named_poll_or_a_kind_of_poll_still_reports_its_finding(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    // A paragraph label naming a section, not a speaker (Indirect/EditorialLabel.cs).
    [Theory]
    [InlineData("The ferry vote is on Monday.\n\nCorrection: An earlier version of this story gave the wrong date for the ferry vote.")]
    [InlineData("The ferry vote is on Monday.\n\nCLARIFICATION: The first sentence has been changed to show that the board asked for a review.")]
    public void An_editorial_label_names_no_speaker(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_speaker_label_still_reports_its_paragraph()
    {
        const string text = "The ferry vote is on Monday.\n\nORTIZ: The ferry will run again on Monday, and the pier will open in May.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("ORTIZ", Mention(text, q));
    }

    // "show" after a kind of broadcast heads a compound noun (Indirect/CompoundNoun.cs).
    [Theory]
    [InlineData("Tom Reyes, a radio talk show host and part-time baker, said that he noticed the change after the vote.")]
    [InlineData("On the cable and network morning shows, about one in three of the guests were women.")]
    [InlineData("The harbor tour was filmed in the building that once held offices for the TV show, which starred the mayor.")]
    public void Show_after_a_kind_of_broadcast_is_no_cue(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q).StartsWith("show", StringComparison.Ordinal));
    }

    [Fact]
    public void A_poll_that_shows_a_clause_still_reports_it()
    {
        const string text = "A harbor poll released Sunday by the Gazette shows the mayor keeping her lead among ferry riders.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("shows", Cue(text, q));
    }

    // "plans", "calls" right after a verb that takes them as its object are nouns (Indirect/CompoundNoun.cs).
    [Theory]
    [InlineData("The harbor board has not said how the pier will be paid for, and the mayor did not unveil plans to pay for it.")]
    [InlineData("The bakers feared a hard winter, and they made plans to build a second oven in the cellar.")]
    public void A_noun_form_after_a_verb_that_takes_it_is_no_cue(string text)
    {
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q) == "plans");
    }

    [Fact]
    public void Plans_after_its_subject_is_still_the_verb()
    {
        const string text = "The mayor plans to rebuild the old pier before the summer.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("plans", Cue(text, q));
    }

    // The writer's own voice in "it is worth noting", "it goes without saying" (Indirect/WritersIdiom.cs).
    [Theory]
    [InlineData("It is worth noting that the ferry was late twice this week.")]
    [InlineData("It goes without saying that the bakery needs a second oven.")]
    public void The_writer_s_worth_noting_reports_nobody(string text)
    {
        Assert.Empty(Indirect(text));
    }

    // Round 20: report boundaries.

    // A cue inside the sentence's subject reports an object or infinitive that ends before the main predicate
    // (Indirect/PredicateAfterObject.cs).
    [Theory]
    [InlineData("Fishermen who wanted to keep the old pier could be forced to sell their boats.", "to keep the old pier")]
    [InlineData("Fishermen backing the new harbor master began the season with a larger fleet.", "the new harbor master")]
    [InlineData("Even bakers who strongly endorsed the plan sounded doubtful at the meeting.", "the plan")]
    public void An_object_reported_inside_the_subject_ends_before_the_main_predicate(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    [Theory]
    [InlineData("The mayor cited several examples of help his office had received from the state.", "several examples of help his office had received from the state")]
    [InlineData("The ferry captain highlighted the role the council played in the rescue.", "the role the council played in the rescue")]
    public void An_object_of_the_main_verb_keeps_its_relative_clause(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    // A relative aside in the subject of a reported clause may hold commas of its own, and the clause may sit inside an
    // infinitive ("expected to show that X, who …, did …"): the report runs on to the clause's predicate (ReportedClause.AsideInSubject).
    [Theory]
    [InlineData("Some critics have suggested that the mayor, whose feud with the harbor board and his quarrel with his brother, a fisherman, were widely reported, is a poor judge of the matter.",
        "that the mayor, whose feud with the harbor board and his quarrel with his brother, a fisherman, were widely reported, is a poor judge of the matter")]
    [InlineData("The ferry logs are expected to show that the captain, who has boasted of his ties to the harbor board, did business with the firm.",
        "to show that the captain, who has boasted of his ties to the harbor board, did business with the firm")]
    public void A_relative_aside_in_the_subject_of_a_reported_clause_does_not_end_it(string text, string content)
    {
        Assert.Contains(Indirect(text), q => q.Text == content);
    }

    // A date or a medium closing a reported object is no part of it (Indirect/DateAdverbial.cs).
    [Theory]
    [InlineData("The fishermen's union endorsed the harbor master in early June, but only after a long debate.", "the harbor master")]
    [InlineData("The baker mocked the new ferry schedule on Twitter.", "the new ferry schedule")]
    public void A_date_or_medium_closing_a_reported_object_is_no_part_of_it(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_date_inside_a_reported_object_that_goes_on_stays_in_it()
    {
        var q = Assert.Single(Indirect("The mayor never cited a source for his claim in November that the pier would close."));
        Assert.Equal("a source for his claim in November that the pier would close", q.Text);
    }

    // A subject pronoun after "and" opens a second clause, no part of a reported object (ReportedClause.End).
    [Fact]
    public void A_reported_object_ends_before_and_with_a_new_subject()
    {
        var q = Assert.Single(Indirect("The harbor master declined to comment on the ferry and she left the meeting early."));
        Assert.Equal("to comment on the ferry", q.Text);
    }

    // A participle cue's object ends before "and" + a second participle (Indirect/ParallelParticiple.cs); after a
    // preposition the gerunds are one object.
    [Fact]
    public void A_participle_s_object_ends_before_a_second_participle()
    {
        const string text = "The mayor spent the week on the pier, praising the new ferry schedule and vowing to repeal the harbor tax.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "praising");
        Assert.Equal("the new ferry schedule", q.Text);
    }

    [Fact]
    public void Gerunds_after_the_preposition_of_a_cue_are_one_object()
    {
        var q = Assert.Single(Indirect("The mayor spent the week talking to bakers about the harbor tax and raising money for the pier."));
        Assert.Equal("the harbor tax and raising money for the pier", q.Text);
    }

    // ", compared with …" after a reported clause is the writer's comparison (ReportedClause.End).
    [Fact]
    public void A_comparison_after_the_reported_clause_is_no_part_of_it()
    {
        var q = Assert.Single(Indirect("Most bakers said they liked the new oven, compared with a third of the fishermen."));
        Assert.Equal("they liked the new oven", q.Text);
    }

    // Round 23: attitudes written as nouns with a holder (Indirect/NominalAttitude.cs, IndirectSpeechFinder.NominalObject):
    // the noun's object is the content, the possessive or the "from" phrase the holder.
    [Theory]
    [InlineData("The baker's criticism of the ferry schedule is well known.", "the ferry schedule", "baker", "criticism of")]
    [InlineData("Few bakers share the mayor's embrace of the new harbor tax.", "the new harbor tax", "mayor", "embrace of")]
    [InlineData("The union renewed its calls for a new vote on the pier.", "a new vote on the pier", "its", "calls for")]
    [InlineData("Her promise to rebuild the old pier was popular with the fishermen.", "rebuild the old pier", "Her", "promise to")]
    public void An_attitude_noun_with_a_possessive_holder_reports_its_object(string text, string content, string holder, string cue)
    {
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == cue);
        Assert.Equal(content, q.Text);
        Assert.Contains(holder, Mention(text, q));
    }

    [Fact]
    public void A_possessive_pronoun_before_an_attitude_noun_takes_up_the_sentence_subject()
    {
        const string text = "Mayor Ana Ortiz has stepped up her attacks on the ferry company.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "attacks on");
        Assert.Equal("the ferry company", q.Text);
        Assert.Equal("her", Mention(text, q));
        Assert.Equal("Ana Ortiz", q.Speaker.Name);
    }

    [Fact]
    public void An_attitude_noun_with_its_holder_after_from_reports_the_clause()
    {
        const string text = "The mayor faced criticism from fishermen that the new pier would ruin the harbor.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "criticism");
        Assert.Equal("that the new pier would ruin the harbor", q.Text);
        Assert.Equal("fishermen", Mention(text, q));
    }

    [Fact]
    public void An_attitude_noun_with_no_holder_reports_nothing()
    {
        Assert.Empty(Indirect("There was criticism of the ferry schedule at the meeting on the pier."));
    }

    // Round 22: wire-style and international constructions.
    // A wire dateline is where the story was filed, not what was reported (Indirect/Dateline.cs).
    [Theory]
    [InlineData("KYIV, Ukraine (AP) — Rebel forces shelled the harbor district overnight, officials said Saturday.")]
    [InlineData("WASHINGTON (Reuters) - Rebel forces shelled the harbor district overnight, two officials said on Friday.")]
    [InlineData("BEIJING, Nov 28 (Reuters) - Rebel forces shelled the harbor district overnight, analysts said.")]
    [InlineData("LONDON — Rebel forces shelled the harbor district overnight, the defence minister said on Monday.")]
    public void A_dateline_is_no_part_of_the_report(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Rebel forces shelled the harbor district overnight", q.Text);
        Assert.Equal("Rebel forces", text[q.Span.Start..(q.Span.Start + 12)]);
    }

    // One opening phrase before the source of a direct quote is no reported clause (IndirectSpeechFinder.LeadInOnly).
    [Theory]
    [InlineData("In an interview on Sunday, the harbor master said: “We will not close the pier.”")]
    [InlineData("In a speech last July, the mayor said: “The ferry will run again in May.”")]
    public void An_opening_phrase_before_the_source_is_no_report(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_lead_in_before_an_attribution_in_the_middle_still_reports_what_follows()
    {
        const string text = "At one point, the mayor said, the ferry was running only twice a week.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the mayor", Mention(text, q));
    }

    // A name after "said" followed by a verb is the reported clause's subject, not an inverted source (Indirect/ClauseSubjectAfterCue.cs).
    [Fact]
    public void A_name_after_said_followed_by_a_verb_is_the_subject_of_the_clause()
    {
        const string text = "A senior harbor official, speaking on condition of anonymity, said Washington was deeply concerned about the launch.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Washington was deeply concerned about the launch", q.Text);
        Assert.Equal("A senior harbor official", Mention(text, q));
    }

    [Fact]
    public void A_name_after_said_before_a_partial_quote_gives_no_indirect_report()
    {
        const string text = "A senior harbor official, speaking on condition of anonymity, said Washington was “deeply concerned” about the launch.";
        Assert.Empty(Indirect(text));
    }

    // Asking not to be named is no report (Indirect/AnonymityRequest.cs).
    [Theory]
    [InlineData("“It's over,” said one Western diplomat, who asked not to be named because of the sensitivity of the talks.")]
    [InlineData("“The pier is finished,” said a harbor worker, who asked not to be publicly identified.")]
    public void Asking_not_to_be_named_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    // A subject naming a role, then the person's name between commas: the person speaks (Indirect/AppositiveName.cs).
    [Fact]
    public void The_name_after_a_role_is_the_source_of_a_coordinated_cue()
    {
        const string text = "Norway's fisheries minister, Ingrid Dahlberg, called the ruling “unfair” and urged the harbor board to reopen the pier.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "urged");
        Assert.Equal("Ingrid Dahlberg", Mention(text, q));
    }

    [Fact]
    public void The_name_after_a_role_is_the_source_of_the_cue_after_it()
    {
        const string text = "Norway's fisheries minister, Ingrid Dahlberg, said the harbor board must reopen the pier.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Ingrid Dahlberg", Mention(text, q));
    }

    // Agreeing inside a report is part of it, no second report (Indirect/OverlappingReports.cs).
    [Fact]
    public void An_agreement_inside_a_report_is_no_second_report()
    {
        const string text = "Ortiz said the two mayors had agreed to share the cost of the ferry.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("said", Cue(text, q));
    }

    // "CLAUSE, ROLE, NAME, said": the role before the name is part of the attribution (Indirect/RoleBeforeName.cs).
    [Fact]
    public void A_role_before_the_name_after_the_clause_is_no_part_of_the_clause()
    {
        const string text = "The ferry talks will resume in Bergen next month, the harbor spokesman, Tomas Berg, said.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The ferry talks will resume in Bergen next month", q.Text);
        Assert.Equal("Tomas Berg", Mention(text, q));
    }

    // "in the past" between the subject and the cue is a time adverbial, no source (Indirect/TimeBeforeCue.cs).
    [Fact]
    public void In_the_past_between_a_count_subject_and_the_cue_is_no_source()
    {
        const string text = "The other two in the past said that the pier was unsafe.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The other two", Mention(text, q));
    }

    // A plain prepositional adverbial between the subject and the cue is no source (Indirect/AdverbialBeforeCue.cs).
    [Theory]
    [InlineData("The ferry captains in general prefer that the harbor stay closed at night.", "The ferry captains")]
    [InlineData("Senator Ines Varga earlier in the day praised the new bridge toll.", "Senator Ines Varga")]
    [InlineData("The harbor master did not at any point Friday mention the broken crane.", "The harbor master")]
    public void A_prepositional_adverbial_before_the_cue_is_no_source(string text, string source)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Contains(Mention(text, q), source);
    }

    [Fact]
    public void A_share_of_those_polled_is_no_adverbial_before_the_cue()
    {
        const string text = "About three in 10 said the ferry fare was too high.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("About three in 10", Mention(text, q));
    }

    // A cue coordinated with the verb of a relative clause has the relative pronoun as its source (Indirect/RelativeConjunct.cs).
    [Fact]
    public void A_cue_coordinated_inside_a_relative_clause_has_the_pronoun_as_source()
    {
        const string text = "It is funny to watch Tom Reyes, who campaigned on the levy and sought the mayor's endorsement.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "sought");
        Assert.Contains("who", Mention(text, q));
    }

    [Fact]
    public void A_question_word_after_a_cue_is_no_relative_subject_of_the_next_cue()
    {
        const string text = "Ortiz asked who won the vote and said the count was fair.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "said");
        Assert.Equal("Ortiz", Mention(text, q));
    }

    // A state's dotted abbreviation in one token belongs to the opener before the subject (Indirect/SentenceSubject.cs).
    [Fact]
    public void A_dotted_state_abbreviation_in_an_opener_is_no_subject_of_a_participle()
    {
        const string text = "At a rally in Dover, N.H., on Tuesday, Senator Ron Baxter of Maine endorsed Mrs. Lane, saying that his rival would make a fine governor.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "saying");
        Assert.Contains(Mention(text, q), "Senator Ron Baxter of Maine");
    }

    // An adverb inside a passive verb group ("was once asked") keeps it passive: the asker is not named.
    [Fact]
    public void A_passive_cue_with_an_adverb_names_no_source()
    {
        const string text = "Mayor Ines Lane was once asked which of her rivals she feared most.";
        var q = Assert.Single(Indirect(text));
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Mention);
    }

    // A dummy "it" before "be" opening the sentence is no subject that holds a view (Indirect/SentenceSubject.cs).
    [Fact]
    public void A_dummy_it_before_be_is_no_holder_of_a_nominal_cue()
    {
        const string text = "It is a theory that has raised his profile in the harbor towns and driven speculation that he will run for mayor.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "speculation");
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void A_referring_it_with_a_verb_of_its_own_is_still_a_source()
    {
        const string text = "The union met on Monday. It said on Tuesday that the pier would reopen.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("It", Mention(text, q));
    }

    // A two-word linking phrase between commas before the cue ("…, in fact, insist") is no source (Indirect/SubjectBeforeAside.cs).
    [Fact]
    public void A_linking_phrase_between_commas_before_the_cue_is_no_source()
    {
        const string text = "Board members and harbor staff, in fact, even insist that the pier is safe.";
        var q = Assert.Single(Indirect(text));
        Assert.Contains(Mention(text, q), "Board members and harbor staff");
    }

    // A cue coordinated with the verb of a subordinate clause has that clause's subject as its source (Indirect/SubordinateConjunct.cs).
    [Fact]
    public void A_cue_coordinated_inside_a_subordinate_clause_has_its_subject_as_source()
    {
        const string text = "The crowd cheered when Mayor Ines Lane spotted a banner in the square and asked the band to play again.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "asked");
        Assert.Contains(Mention(text, q), "Mayor Ines Lane");
    }

    [Fact]
    public void A_subordinate_clause_without_a_subject_leaves_the_sentence_subject_as_source()
    {
        const string text = "Tom Reyes smiled when asked about the levy and said it would pass.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "said");
        Assert.Equal("Tom Reyes", Mention(text, q));
    }

    // An irregular past form ("went", "made") ends the sentence subject like a verb in -ed (Indirect/SentenceSubject.cs).
    [Fact]
    public void An_irregular_past_verb_ends_the_subject_of_a_coordinated_cue()
    {
        const string text = "On Monday, Barr went after Ines Lane over the harbor levy and called for her to resign from the board.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "called");
        Assert.Equal("Barr", Mention(text, q));
    }

    // The words between a cue and the quotation it introduces are the quotation's lead-in (Indirect/QuotationLeadIn.cs).
    [Theory]
    [InlineData("Mayor Elena Ruiz told reporters outside the ferry terminal that “the pier will reopen in May.”")]
    [InlineData("The harbor board said about the new toll: “It is fair to every driver.”")]
    [InlineData("Ortiz explained it this way: “A ferry without a pier is just a boat.”")]
    [InlineData("Ruiz also said, without offering proof, that “the contractors cheated the city.”")]
    [InlineData("The councilman later repeated his claim that “nobody reads the budget.”")]
    public void The_lead_in_of_a_quotation_after_its_cue_is_no_report(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_report_before_a_quotation_with_a_cue_of_its_own_is_still_reported()
    {
        const string text = "Ruiz told reporters that the pier would reopen in May and added: “We are ready.”";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the pier would reopen in May", q.Text);
        Assert.Equal("told", Cue(text, q));
    }

    [Theory]
    [InlineData("In a statement on Monday, the harbor board said about its decision to raise the ferry toll: “It is fair to every driver.”")]
    [InlineData("The councilman also suggested closing the old terminal after the election: “It costs us too much.”")]
    public void The_lead_in_before_the_colon_that_cues_a_quotation_is_no_report(string text)
    {
        Assert.Empty(Indirect(text));
    }

    // After “…,” X said, the quotation is what was said: time, place, topic or an aside after the verb is no report
    // (Indirect/SayingCircumstance.cs, InQuotationTail).
    [Theory]
    [InlineData("“We will rebuild the pier,” Ruiz said late last week.")]
    [InlineData("“The toll is fair,” the harbor chief said about the new fees.")]
    [InlineData("“Nobody was hurt,” Ortiz said outside the courthouse.")]
    [InlineData("“The ferry will run again,” the mayor said 20 minutes into the meeting.")]
    [InlineData("“Ask the fishermen,” Ortiz said, another jab at the harbor board.")]
    [InlineData("“We are ready,” the mayor said when the first ferry docked.")]
    public void What_follows_the_verb_in_a_quotation_s_tail_is_no_report(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Theory]
    [InlineData("“The ferry will run again,” the mayor said, adding that the pier would reopen in May.", "that the pier would reopen in May")]
    [InlineData("“It is over,” Ortiz said, not even needing to name the harbor chief.", "not even needing to name the harbor chief")]
    [InlineData("“It is over,” Ortiz said, while also arguing that the board should resign.", "while also arguing that the board should resign")]
    public void A_participle_or_a_second_saying_in_a_quotation_s_tail_is_still_reported(string text, string expected)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(expected, q.Text);
    }

    [Fact]
    public void A_tail_phrase_running_into_quoted_words_is_still_a_partial_quote()
    {
        const string text = "“Too early?” She tweeted when the mayor ended a council meeting last April with a reference to the famous \"Jaws\" sequel playing in theaters, remarking, “Thank you, and enjoy the beach.”";
        var q = Assert.Single(Pipeline.Extract(text).Quotes, r => r.Kind == QuoteKind.Partial && r.Text.StartsWith("when", StringComparison.Ordinal));
        Assert.Equal("when the mayor ended a council meeting last April with a reference to the famous \"Jaws\" sequel playing in theaters", q.Text);
    }

    // "declined" before a number, "by", "from" or a degree adverb is a fall, no refusal (Indirect/ObjectSense.cs).
    [Theory]
    [InlineData("Her approval rating remains strong, though it has declined slightly from 58 percent in the last poll to 55 percent now.")]
    [InlineData("Trade between the two ports declined 40 percent in the first six months of this year.")]
    public void Declining_by_an_amount_reports_nothing(string text)
    {
        Assert.Empty(Indirect(text));
    }

    [Theory]
    [InlineData("The mayor declined to comment on the ferry contract.", "to comment on the ferry contract")]
    [InlineData("The harbor chief declined an interview request from the Gazette.", "an interview request from the Gazette")]
    public void Declining_a_request_or_to_comment_is_still_reported(string text, string expected)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(expected, q.Text);
    }

    // A title-case headline closing on its attribution, "CLAUSE, Source Says." (IndirectSpeechFinder.IsTitleCaseClosingCue).
    [Fact]
    public void A_headline_closing_on_its_title_case_attribution_reports_the_clause()
    {
        const string text = "Ferry Line Hid Safety Problems From Riders, Former Harbor Captain Warns.\n\nThe ferry line denied the charge on Monday.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "Warns");
        Assert.Equal("Ferry Line Hid Safety Problems From Riders", q.Text);
        Assert.Contains("Harbor Captain", Mention(text, q));
    }

    [Fact]
    public void A_headline_of_two_words_before_a_title_case_attribution_reports_nothing()
    {
        const string text = "Ferry Fees, Harbor Captain Says.\n\nThe ferry line denied the charge on Monday.";
        Assert.DoesNotContain(Indirect(text), r => Cue(text, r) == "Says");
    }

    // "hope", "fear", "doubt" … are nouns or verbs: after a capitalised plural subject or after a subject's relative
    // aside they are the verb of a bare clause (IndirectSpeechFinder.AfterSubjectWord).
    [Fact]
    public void A_noun_form_after_a_capitalised_plural_subject_is_the_verb()
    {
        const string text = "Islanders hope the new ferry will run all winter.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new ferry will run all winter", q.Text);
        Assert.Equal("Islanders", Mention(text, q));
    }

    [Fact]
    public void A_noun_form_after_a_relative_aside_is_the_verb_of_the_subject_before_it()
    {
        const string text = "Harbor Commissioner Ellery, who has run the port for a decade, fears the new pier will close by June.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the new pier will close by June", q.Text);
        Assert.Contains("Ellery", Mention(text, q));
    }

    [Fact]
    public void A_noun_form_after_a_capitalised_possessor_stays_a_noun()
    {
        const string text = "The Islanders' hope of a new pier faded when the council voted.";
        Assert.Empty(Indirect(text));
    }

    // A verb of saying in the infinitive may take a bare clause, its subject and finite verb plain (IndirectSpeechFinder.Infinitives.cs).
    [Fact]
    public void A_verb_of_saying_in_the_infinitive_reports_a_bare_clause()
    {
        const string text = "Even after the inquiry began, Ortiz went on to say he had never touched the harbor boat.";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "say");
        Assert.Equal("he had never touched the harbor boat", q.Text);
        Assert.Equal("Ortiz", Mention(text, q));
    }

    [Fact]
    public void An_object_after_an_infinitive_of_saying_is_no_bare_clause()
    {
        const string text = "The mayor refused to say the name of the new harbor master.";
        Assert.DoesNotContain(Indirect(text), r => Cue(text, r) == "say");
    }

    // A title-case headline verb of saying, judging or wanting reports its object (Indirect/HeadlineVerb.cs).
    [Theory]
    [InlineData("Harbor Master Endorses New Ferry Plan.\n\nThe harbor master spoke on Monday.", "Endorses", "New Ferry Plan", "Harbor Master")]
    [InlineData("Mayor Ellery Just Announced His Run For Council, And Voters Cheered.\n\nEllery is 52.", "Announced", "His Run For Council", "Ellery")]
    public void A_title_case_headline_verb_reports_its_object(string text, string cue, string content, string source)
    {
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == cue);
        Assert.Equal(content, q.Text);
        Assert.Contains(source, Mention(text, q));
    }

    [Fact]
    public void A_title_case_noun_after_a_possessive_is_no_headline_verb()
    {
        const string text = "Harbor Master’s Attacks On Ferry Plan Could Backfire.\n\nThe harbor master is 52.";
        Assert.DoesNotContain(Indirect(text), r => Cue(text, r) == "Attacks");
    }

    // A negated "respond to" / "reply to" reports the request or question answered with silence (Indirect/NoResponse.cs).
    [Fact]
    public void Not_responding_to_a_request_reports_the_request()
    {
        const string text = "The harbor board did not immediately respond to a request for comment.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("a request for comment", q.Text);
        Assert.Equal("The harbor board", Mention(text, q));
    }

    [Fact]
    public void Responding_to_an_event_reports_nothing()
    {
        const string text = "The mayor responded to the storm by closing the pier.";
        Assert.Empty(Indirect(text));
    }

    // A cue noun after a determiner between the cue and its "that" is the medium, not a second verb (Indirect/ReportedClause.cs).
    [Fact]
    public void A_medium_named_by_a_cue_noun_before_that_leaves_the_clause_reported()
    {
        const string text = "The harbor board said in a note that the ferry fares would rise.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("said", Cue(text, q));
        Assert.Equal("that the ferry fares would rise", q.Text);
    }

    [Fact]
    public void A_second_verb_before_that_still_takes_the_clause()
    {
        // The outer report keeps the inner act of saying in its words (round 25), so its clause starts at the subject.
        const string text = "The mayor said the captain noted that the ferry fares would rise.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the captain noted that the ferry fares would rise", q.Text);
    }

    // A verb and the noun or adjective after it reporting the same clause give one report, the verb's (Indirect/OverlappingReports.cs).
    [Theory]
    [InlineData("The harbor board expressed concern that the new levy would drive fishermen away.", "expressed")]
    [InlineData("Ortiz rejected claims that the ferry was unsafe.", "rejected")]
    [InlineData("Mayor Lund said she was hopeful that the pier would reopen by May.", "said")]
    public void A_verb_and_a_noun_reporting_the_same_clause_give_one_report(string text, string cue)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
    }

    [Fact]
    public void A_noun_reporting_a_clause_after_a_verb_that_reports_nothing_keeps_its_report()
    {
        const string text = "The leaked memo fueled claims that the ferry was unsafe.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("claims", Cue(text, q));
        Assert.Equal("that the ferry was unsafe", q.Text);
    }

    // An act of saying inside a report of what was said or of what a document shows is part of its words (Indirect/OverlappingReports.cs).
    [Theory]
    [InlineData("Aides said the mayor told donors the levy was dead.", "said", "the mayor told donors the levy was dead")]
    [InlineData("A harbor survey shows most skippers say the pier is unsafe.", "shows", "most skippers say the pier is unsafe")]
    [InlineData("The Coast Gazette reported that the mayor told donors the levy was dead.", "reported", "that the mayor told donors the levy was dead")]
    public void An_act_of_saying_inside_a_report_of_words_is_no_second_report(string text, string cue, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void An_act_of_saying_inside_a_view_is_still_reported()
    {
        const string text = "The mayor believes the skippers said the pier was unsafe.";
        var reports = Indirect(text);
        Assert.Contains(reports, q => Cue(text, q) == "believes");
        Assert.Contains(reports, q => Cue(text, q) == "said" && q.Text == "the pier was unsafe");
    }

    // A second act of saying after ", and" or "but" ends the first report and stands as its own (Indirect/CoordinatedReport.cs).
    [Theory]
    [InlineData("Most skippers said the harbor master was fair, and two in five said his deputy should resign.",
        "said", "the harbor master was fair", "said", "his deputy should resign")]
    [InlineData("The spokeswoman conceded that the ferry was late but noted that the storm had closed the port.",
        "conceded", "that the ferry was late", "noted", "that the storm had closed the port")]
    [InlineData("The harbor master did not mention the levy but did note that the pier was closed.",
        "mention", "the levy", "note", "that the pier was closed")]
    [InlineData("The mayor praised the new ferry schedule and harbor officials later said the pier would reopen.",
        "praised", "the new ferry schedule", "said", "the pier would reopen")]
    public void A_coordinated_act_of_saying_ends_the_report_before_it(string text, string firstCue, string first, string secondCue, string second)
    {
        var reports = Indirect(text);
        Assert.Equal(2, reports.Count);
        Assert.Contains(reports, q => Cue(text, q) == firstCue && q.Text == first);
        Assert.Contains(reports, q => Cue(text, q) == secondCue && q.Text == second);
    }

    // A verb of saying right after an object reported inside the subject is the main predicate (Indirect/PredicateAfterObject.cs).
    [Fact]
    public void An_object_reported_inside_the_subject_ends_before_a_verb_of_saying()
    {
        const string text = "Harbor unions that have endorsed the mayor say she will win easily.";
        var reports = Indirect(text);
        Assert.Contains(reports, q => Cue(text, q) == "endorsed" && q.Text == "the mayor");
        Assert.Contains(reports, q => Cue(text, q) == "say" && q.Text == "she will win easily");
    }

    [Fact]
    public void A_noun_form_of_a_verb_of_saying_after_a_name_does_not_end_the_object()
    {
        const string text = "Donors backing farm groups in Western states were few.";
        Assert.DoesNotContain(Indirect(text), q => q.Text == "farm groups in Western");
    }

    // "think tank" is a compound noun, no view (Indirect/CompoundNoun.cs).
    [Fact]
    public void Think_before_tank_is_no_cue()
    {
        const string text = "Tom Berg, a founder of the centrist think tank Harbor Way, said the mayor would lose the ferry vote.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("said", Cue(text, q));
        Assert.Equal("the mayor would lose the ferry vote", q.Text);
    }

    // Between the pieces of a quote, a participle that goes on from the act of saying ("referring to", "citing") is reported
    // for the quote's speaker; after "told" the addressee is no inverted source (round 28).
    [Fact]
    public void A_referring_participle_between_the_pieces_of_a_quote_is_reported()
    {
        const string text = "“We will not close the pier,” the mayor said, referring to the harbor board. “The ferry stays.”";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "referring");
        Assert.Equal("the harbor board", q.Text);
        Assert.Equal("the mayor", Mention(text, q));
    }

    [Fact]
    public void A_citing_participle_after_told_goes_on_from_the_speaker_not_the_addressee()
    {
        const string text = "“The pier is safe,” Greta Alder told Mayor Ruth Vance, citing the spring inspection. “Nobody needs to worry.”";
        var q = Assert.Single(Indirect(text), r => Cue(text, r) == "citing");
        Assert.Equal("the spring inspection", q.Text);
        Assert.Contains("Alder", Mention(text, q));
    }

    [Fact]
    public void Another_participle_between_the_pieces_of_a_quote_reports_nothing()
    {
        const string text = "“We will rebuild,” the mayor said, standing on the broken pier. “It will last for decades.”";
        Assert.Empty(Indirect(text));
    }

    // The passive of a verb of viewing after a finite be-form reports the predicate after "as", held by the "by" agent or
    // by nobody named (Indirect/PassiveView.cs, round 28).
    [Fact]
    public void A_passive_view_reports_the_predicate_after_as()
    {
        const string text = "The harbor levy is widely seen as a gift to the ferry owners.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("seen as", Cue(text, q));
        Assert.Equal("a gift to the ferry owners", q.Text);
        Assert.Null(q.Speaker.Name);
    }

    [Fact]
    public void A_passive_view_with_an_agent_is_held_by_the_agent()
    {
        const string text = "The new ferry schedule was viewed by the dock workers as a betrayal.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("a betrayal", q.Text);
        Assert.Equal("the dock workers", Mention(text, q));
    }

    [Theory]
    [InlineData("The new levy might be seen as unfair by the skippers.")]
    [InlineData("The mayor wants to be seen as a friend of the fishermen.")]
    public void A_passive_view_after_a_modal_or_an_infinitive_reports_nothing(string text) =>
        Assert.DoesNotContain(Indirect(text), q => Cue(text, q).StartsWith("seen", StringComparison.Ordinal));

    // A past form in -ed after a determiner or degree word modifies a noun; it ends no subject (Indirect/AdjectivalPast.cs).
    [Fact]
    public void A_past_form_after_a_degree_word_is_no_verb_of_a_subordinate_clause()
    {
        const string text = "At the dock, Mayor Lena Holt introduced Tom Berg as the most qualified pilot in the harbor and said the ferry would run on Sunday.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal("Lena Holt", Mention(text, q));
    }

    [Fact]
    public void A_past_form_after_a_noun_still_ends_the_subject_of_a_subordinate_clause()
    {
        const string text = "The crowd cheered when the ferry pilots returned to the dock and said the route was safe again.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal("the ferry pilots", Mention(text, q));
    }

    // A possessive pronoun before an attitude noun stays the holder's mention; the sentence subject names it (IndirectSpeechFinder.Phrases.cs).
    [Fact]
    public void A_possessive_pronoun_before_an_attitude_noun_is_the_mention_of_its_holder()
    {
        const string text = "Councilor Ada Brook has been relentless in her criticism of the new harbor levy on fishing boats.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("criticism of", Cue(text, q));
        Assert.Equal("her", Mention(text, q));
        Assert.Equal("Ada Brook", q.Speaker.Name);
    }

    // A conjunction opening the sentence is no opener closed by a comma; the subject follows it (Indirect/SentenceSubject.cs).
    [Fact]
    public void A_subject_after_an_opening_conjunction_is_the_source_past_a_relative_aside()
    {
        const string text = "But Mayor Ada Brook, who has long praised the pier, recently said the ferry would stop.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal("Ada Brook", Mention(text, q));
    }

    [Fact]
    public void An_opener_after_an_opening_conjunction_is_still_no_source()
    {
        const string text = "But in early March, the harbor pilots told reporters the ferry would stop.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "told");
        Assert.Equal("the harbor pilots", Mention(text, q));
    }

    // The subject of a clause inside the sentence, set off from the cue by a "who" or participle aside (Indirect/SubjectBeforeAside.cs).
    [Theory]
    [InlineData("The talks soured, as Berg, contradicting the mayor, said he had never agreed to the levy.", "said", "Berg")]
    [InlineData("(Tom Berg, who did not respond to a request for comment, has denied that he was selling the pier.)", "denied", "Tom Berg")]
    public void The_subject_of_an_inner_clause_before_an_aside_is_the_source(string text, string cue, string mention)
    {
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == cue);
        Assert.Equal(mention, Mention(text, q));
    }

    [Fact]
    public void A_relative_aside_inside_a_reported_clause_leaves_the_outer_source()
    {
        const string text = "The pilots said that the mayor, who runs the harbor board, had promised a new pier.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The pilots", Mention(text, q));
        Assert.Equal("that the mayor, who runs the harbor board, had promised a new pier", q.Text);
    }

    // A manner adverb between the comma and a participle leaves it a participle after a comma (IndirectSpeechFinder.Participles.cs).
    [Fact]
    public void A_participle_after_a_comma_and_an_adverb_goes_on_from_the_sentence_subject()
    {
        const string text = "Mayor Ada Brook has raised doubts about the pier and the levy, falsely suggesting that the ferry had lost money.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "suggesting");
        Assert.Equal("Ada Brook", Mention(text, q));
        Assert.Equal("that the ferry had lost money", q.Text);
    }

    [Fact]
    public void A_participle_after_an_adverb_without_a_comma_keeps_its_subject()
    {
        const string text = "The harbor pilots have been quietly suggesting that the new levy will pass.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The harbor pilots", Mention(text, q));
    }

    // "'s" after a subject pronoun is "has" or "is", no possessive before a noun (IndirectSpeechFinder.Subjects.cs, ContractedAuxiliary).
    [Theory]
    [InlineData("Since the vote on the levy, she's argued that the harbor fee should be cut in half.", "she", "argued", "that the harbor fee should be cut in half")]
    [InlineData("The pilots want a new pier, and he's said the ferry will run on Sundays.", "he", "said", "the ferry will run on Sundays")]
    public void A_contracted_auxiliary_after_a_subject_pronoun_leaves_the_cue_a_verb(string text, string mention, string cue, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
        Assert.Equal(mention, Mention(text, q));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_contracted_is_before_a_plural_noun_reports_nothing()
    {
        Assert.Empty(Indirect("It's reports like these that worry the pilots most."));
    }

    // A plural in -s that is also a verb form heads the subject before a verb of saying without -s (Indirect/PluralNounHead.cs).
    [Theory]
    [InlineData("Some harbor figures declared that the ferry line was nearly bankrupt.", "Some harbor figures", "declared", "that the ferry line was nearly bankrupt")]
    [InlineData("Other advocates said the ferry should run at night.", "Other advocates", "said", "the ferry should run at night")]
    public void A_plural_that_is_also_a_verb_form_heads_the_subject(string text, string mention, string cue, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(cue, Cue(text, q));
        Assert.Equal(mention, Mention(text, q));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_verb_in_s_before_a_verb_form_in_s_stays_the_cue()
    {
        const string text = "The memo notes claims that the pier was unsafe for children.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("notes", Cue(text, q));
        Assert.Equal("The memo", Mention(text, q));
    }

    // A participle after quoted words and their comma goes on from the sentence subject (IndirectSpeechFinder.Participles.cs, ParticipleComma).
    [Fact]
    public void A_participle_after_quoted_words_and_their_comma_goes_on_from_the_sentence_subject()
    {
        const string text = "Mayor Ada Brook insisted that she had “saved the harbor,” claiming that the catch had doubled since spring.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "claiming");
        Assert.Equal("Ada Brook", Mention(text, q));
        Assert.Equal("that the catch had doubled since spring", q.Text);
    }

    // The asker or the time of the asking between a verb of asking and its question (Indirect/QuestionAfterAdverbial.cs).
    [Fact]
    public void A_question_after_the_by_phrase_of_a_passive_ask_is_asked_by_the_agent()
    {
        const string text = "The harbor master, who hosts a radio show, was asked by a caller why young sailors are leaving the port.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("why young sailors are leaving the port", q.Text);
        Assert.Equal("a caller", Mention(text, q));
    }

    [Theory]
    [InlineData("The captain was asked during a lunch held by the Harbor Gazette if the ferry would run in May.", "if the ferry would run in May")]
    [InlineData("The pilot used the same words when asked in May if she would back the levy.", "if she would back the levy")]
    public void A_question_after_the_time_of_the_asking_is_asked_by_nobody_named(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void An_opening_asked_by_keeps_its_agent_as_the_asker()
    {
        const string text = "Asked by Lena Ortiz whether the pier would reopen, the captain shrugged.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("whether the pier would reopen", q.Text);
        Assert.Equal("Lena Ortiz", Mention(text, q));
    }

    // A dash standing for the comma before a participle (IndirectSpeechFinder.Participles.cs, ParticipleComma).
    [Theory]
    [InlineData("The union sued the city under the new law – saying the board chose not to accept the same help.", "the board chose not to accept the same help")]
    [InlineData("The pilots took money from the harbor board — asserting that the donations did not change their views.", "that the donations did not change their views")]
    public void A_participle_after_a_dash_goes_on_from_the_sentence_subject(string text, string content)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Equal(content, q.Text);
        Assert.StartsWith("The ", Mention(text, q));
    }

    [Fact]
    public void A_participle_inside_a_dash_pair_is_no_predicate_of_the_subject()
    {
        Assert.Empty(Indirect("The board's naming rule - adding one digit to a new account - is odd."));
    }

    // A verb form after a determiner is a noun, no verb ending the source phrase (IndirectSpeechFinder.Sources.cs, AfterLastVerb).
    [Fact]
    public void A_verb_form_after_a_determiner_ends_no_source_phrase()
    {
        const string text = "The former secretary of state has long maintained that she followed the harbor rules.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("maintained", Cue(text, q));
        Assert.Equal("that she followed the harbor rules", q.Text);
        Assert.StartsWith("The former secretary", Mention(text, q));
    }

    [Fact]
    public void A_source_familiar_with_a_plan_still_reports_its_clause()
    {
        const string text = "A person familiar with the plan says the ferry will run on Sundays.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("says", Cue(text, q));
        Assert.Equal("the ferry will run on Sundays", q.Text);
    }

    // A one-word answer standing for a clause after a verb of saying or thinking (Indirect/ShortAnswer.cs).
    [Theory]
    [InlineData("Asked whether the pier should reopen, 60 percent of the pilots said yes, but most sailors disagreed.", "yes", "60 percent of the pilots")]
    [InlineData("The harbor board has kept the levy in place, and neither side would say so.", "so", "neither side")]
    [InlineData("Last spring, 26 percent of the skippers said the same.", "the same", "26 percent of the skippers")]
    public void A_one_word_answer_after_a_verb_of_saying_is_reported(string text, string content, string mention)
    {
        var q = Assert.Single(Indirect(text), q => q.Text == content);
        Assert.Equal(mention, Mention(text, q));
    }

    [Theory]
    [InlineData("The mayor said no one would lose a job.", "no one would lose a job")]
    [InlineData("The pilots said yes, yes, yes, over and over again.", null)]
    public void An_answer_word_that_opens_a_clause_or_repeats_is_no_one_word_answer(string text, string? content)
    {
        var reports = Indirect(text);
        Assert.DoesNotContain(reports, q => q.Text is "no" or "yes");
        if (content is not null) Assert.Equal(content, Assert.Single(reports).Text);
    }

    // A relative aside with "which" after the subject describes it, no clause reported by what follows the cue (StartsAppositive).
    [Fact]
    public void A_which_aside_after_the_subject_leaves_the_clause_after_the_cue_reported()
    {
        const string text = "The ferry company, which builds its own boats, said its profits fell last year.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("its profits fell last year", q.Text);
        Assert.Equal("The ferry company", Mention(text, q));
    }

    // A verb form after a determiner heads the sentence subject, no verb ending it (Indirect/SentenceSubject.cs).
    [Fact]
    public void A_verb_form_after_a_determiner_heads_the_subject_before_an_aside()
    {
        const string text = "The report, released Tuesday, found that the harbor had lost money for a decade.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("that the harbor had lost money for a decade", q.Text);
        Assert.Equal("The report", Mention(text, q));
    }
    [Fact]
    public void A_single_mark_opening_a_clause_in_an_article_quoting_with_double_marks_is_no_bar_to_the_report()
    {
        const string text = "Ann Fell, head of the union, said \u2018the meeting was unproductive\u2019 but further talks would take place.\n\n\u201cWe will be back,\u201d she said.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("person:ann-fell", q.Speaker.EntityId);
        Assert.StartsWith("the meeting was unproductive", text[q.Span.Start..q.Span.End]);
    }

    // Round 32: a passive "told" names the hearer, no teller (IndirectSpeechFinder.CueBefore.cs, IsPassiveTold).
    [Theory]
    [InlineData("The Valley Courier has been told the ferry operator had skipped two safety checks.")]
    [InlineData("Judge Aoife Brennan was earlier told that the witness had not been charged.")]
    [InlineData("The ferry board was told of the inquiry on Tuesday.")]
    public void A_passive_told_names_no_source(string text)
    {
        var q = Assert.Single(Indirect(text));
        Assert.Null(q.Speaker.EntityId);
        Assert.Null(q.Speaker.Mention);
    }

    [Fact]
    public void A_told_with_its_subject_as_teller_keeps_the_subject()
    {
        const string text = "The harbor master told the pilots the new pier would open in June.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The harbor master", Mention(text, q));
    }

    // Round 32: "he and Lula agreed" is a joint subject inside the outer report, no second clause (CoordinatedReport.cs).
    [Fact]
    public void A_pronoun_and_a_name_are_joint_subjects_inside_the_outer_report()
    {
        const string text = "Prime Minister Kenji Tanaka met President Lula in Brasilia.\n\nTanaka said he and Lula agreed to keep talking despite their differences.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal("he and Lula agreed to keep talking despite their differences", q.Text);
        Assert.Equal("person:kenji-tanaka", q.Speaker.EntityId);
        Assert.DoesNotContain(Indirect(text), r => r.Speaker.EntityId == "person:lula");
    }

    [Fact]
    public void A_pronoun_clause_before_and_a_new_speaker_still_ends_the_outer_report()
    {
        const string text = "The pilots said the levy was unfair, and the harbor master said it would pass.";
        Assert.Equal(2, Indirect(text).Count);
    }

    // Round 32: "CLAUSE, the leader said and stressed that …" goes on from the attribution's source (IndirectSpeechFinder.CueBefore.cs, AttributionBeforeAnd).
    [Fact]
    public void A_verb_coordinated_with_a_mid_sentence_attribution_takes_its_source()
    {
        const string text = "Norway had raised its concerns with Sweden, the minister said and stressed that the talks would not resume soon.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "stressed");
        Assert.Equal("the minister", Mention(text, q));
    }

    [Fact]
    public void A_verb_coordinated_with_a_sentence_subject_keeps_that_subject()
    {
        const string text = "The mayor defended the pier and said that the levy would pass.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "said");
        Assert.Equal("The mayor", Mention(text, q));
    }

    // Round 32: a passive of asking or telling has its agent right after the participle; a later "by" belongs to the question (Indirect/PassiveHearer.cs).
    [Fact]
    public void A_by_inside_the_question_after_a_passive_asked_names_no_asker()
    {
        const string text = "Senator Ruth Okafor was asked whether the levy approved by the council would pass.";
        var q = Assert.Single(Indirect(text));
        Assert.Null(q.Speaker.EntityId);
    }

    // Round 35: "at least" before a quantity opens the reported clause, no circumstance of the saying (Indirect/ReportedClause.cs, QuantityOpensSubject).
    [Fact]
    public void At_least_before_a_number_opens_the_clause_after_said()
    {
        const string text = "The coast guard said at least nine trawlers were damaged in the storm.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("at least nine trawlers were damaged in the storm", q.Text);
        Assert.Equal("The coast guard", Mention(text, q));
    }

    [Fact]
    public void At_a_place_after_said_is_still_no_clause()
    {
        const string text = "The harbor master said at the pier on Friday.";
        Assert.Empty(Indirect(text));
    }

    // Round 35: a short prepositional phrase, then a subject and its finite verb, opens the clause after "said" (Indirect/AdverbialBeforeSubject.cs).
    [Fact]
    public void A_short_adverbial_before_the_subject_opens_the_clause_after_said()
    {
        const string text = "The engineer said by the end of March the new ferry would be running.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("by the end of March the new ferry would be running", q.Text);
        Assert.Equal("The engineer", Mention(text, q));
    }

    [Fact]
    public void A_duration_after_spoke_opens_no_clause()
    {
        const string text = "The engineer spoke for about an hour at the harbor office.";
        Assert.Empty(Indirect(text));
    }

    [Fact]
    public void A_time_then_as_and_a_clause_of_the_writer_after_said_opens_no_clause()
    {
        const string text = "Harbor master Lena Ortiz said on Monday as the two ferry companies prepare to meet in Bergen.";
        Assert.Empty(Indirect(text));
    }

    // Round 35: words after "says" that hold a finite auxiliary are its clause, no inverted source (IndirectSpeechFinder.CueAfter.cs, HasFiniteAuxiliary).
    [Fact]
    public void A_clause_with_an_auxiliary_after_says_is_reported_not_read_as_an_inverted_source()
    {
        const string text = "The harbor has been closed by storms, and Varga, a former ferry pilot, says at least 21 people have been lost.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "says");
        Assert.Equal("at least 21 people have been lost", q.Text);
        Assert.Equal("person:varga", q.Speaker.EntityId);
    }

    [Fact]
    public void An_inverted_source_after_says_still_closes_the_clause_before()
    {
        const string text = "The new levy will hurt the smaller boats, says a retired ferry pilot.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The new levy will hurt the smaller boats", q.Text);
        Assert.Equal("a retired ferry pilot", Mention(text, q));
    }

    // Round 35: "and" joining the portfolios after "minister of" stays inside the role appositive (SourcePhrase.cs, IsPortfolioAndAfterOf).
    [Fact]
    public void An_and_inside_a_role_after_of_keeps_the_name_before_the_appositive()
    {
        const string text = "The ferries will run again next week, Ilse Marken, deputy minister of harbors and shipping, said.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("The ferries will run again next week", q.Text);
        Assert.Equal("person:ilse-marken", q.Speaker.EntityId);
    }

    [Fact]
    public void An_and_before_a_determiner_after_a_role_still_joins_two_sources()
    {
        const string text = "The minister of harbors and the pilots said the ferries would run again.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the pilots", Mention(text, q));
    }

    // Round 35: a cue after ", and" goes on from the subject of a subordinate clause inside the main clause (Indirect/SubordinateConjunct.cs).
    [Fact]
    public void A_cue_after_comma_and_goes_on_from_the_subordinate_clause_subject()
    {
        const string text = "Tempers rose as the fishermen spoke about the harbor fees, and urged the board to drop the levy.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "urged");
        Assert.Equal("the fishermen", Mention(text, q));
    }

    [Fact]
    public void A_cue_after_comma_and_past_an_opening_subordinate_clause_keeps_the_main_subject()
    {
        const string text = "As the fishermen left, the mayor thanked the crowd, and urged the board to drop the levy.";
        var q = Assert.Single(Indirect(text), q => Cue(text, q) == "urged");
        Assert.Equal("the mayor", Mention(text, q));
    }

    // Round 35: a phrase opening with a preposition after the cue ("said of the broadcaster", "said in Lima") is no inverted source (IndirectSpeechFinder.CueAfter.cs, OpensWithPreposition).
    [Fact]
    public void A_phrase_opening_with_a_preposition_after_said_is_no_inverted_source()
    {
        const string text = "The channel is a mouthpiece for the ministry, Ola Brenn, a lecturer at Vesta College and a former envoy to Peru, said of the broadcaster.";
        Assert.DoesNotContain(Indirect(text), q => q.Speaker.Mention is { } m && text[m.Start..m.End].StartsWith("of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_said_is_still_an_inverted_source()
    {
        const string text = "The channel is a mouthpiece for the ministry, said Ola Brenn.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("person:ola-brenn", q.Speaker.EntityId);
    }

    // Round 35: "while", "but" or "whereas" and a new source with its own cue end the report before (Indirect/ReportedClause.cs, NewSourceCue).
    [Fact]
    public void While_and_a_new_source_with_a_verb_of_saying_end_the_report_before()
    {
        const string text = "The anglers club is urging members to write to the council this month while harbor officials say the dredging is on schedule.";
        var urging = Assert.Single(Indirect(text), q => Cue(text, q) == "urging");
        Assert.Equal("members to write to the council this month", urging.Text);
        var say = Assert.Single(Indirect(text), q => Cue(text, q) == "say");
        Assert.Equal("harbor officials", Mention(text, say));
    }

    [Fact]
    public void But_and_a_pronoun_without_a_cue_stay_inside_the_report()
    {
        const string text = "The pilot said the levy was fair but she would vote against it.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the levy was fair but she would vote against it", q.Text);
    }

    // Round 35: "Around"/"Over"/"Under" or "At least" before a number opens a quantity subject, no fronted adverbial (Indirect/FrontedAdverbial.cs, QuantityOpener).
    [Fact]
    public void Around_before_a_number_opens_a_clause_reported_before_its_attribution()
    {
        const string text = "Around 400 families were still without power, the utility said.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("Around 400 families were still without power", q.Text);
        Assert.Equal("the utility", Mention(text, q));
    }

    [Fact]
    public void A_fronted_year_before_an_attribution_is_still_only_an_adverbial()
    {
        const string text = "In 2019, the utility said, the grid was rebuilt.";
        var q = Assert.Single(Indirect(text));
        Assert.Equal("the grid was rebuilt", q.Text);
    }
}
