using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using static ClaimsGraph.Storage.Tests.Contract.TestWorld;

namespace ClaimsGraph.Storage.Tests.Contract;

/// <summary>
/// What every IClaimsStore must do, whatever it is built on. A provider subclasses this and gives a
/// fresh, empty, initialised store per test. Graphs are built by hand (<see cref="TestGraphBuilder"/>,
/// <see cref="TestWorld"/>), not by extraction, so the expected answers are known exactly.
/// </summary>
public abstract class ClaimsStoreContractTests
{
    protected abstract Task<IClaimsStore> CreateStoreAsync();

    private async Task<IClaimsStore> WorldAsync()
    {
        var store = await CreateStoreAsync();
        foreach (var graph in All) await store.UpsertArticleAsync(graph);
        return store;
    }

    private static List<string> Ids<T>(IEnumerable<T> items, Func<T, string> id) => items.Select(id).ToList();

    // ---------------- write side ----------------

    [StoreContractFact]
    public async Task Upsert_new_article_is_created_and_every_node_reads_back()
    {
        var store = await CreateStoreAsync();
        var graph = A1;

        var result = await store.UpsertArticleAsync(graph);

        Assert.Equal(new UpsertResult(graph.Article.Id, UpsertOutcome.Created), result);
        var articles = await store.GetArticlesAsync([graph.Article.Id, "article:missing"]);
        Assert.Equal(graph.Article, Assert.Single(articles.Values));
        var entities = await store.GetEntitiesAsync(graph.Entities.Select(e => e.Id).ToList());
        Assert.Equal(graph.Entities.Count, entities.Count);
        var emanuel = Assert.IsType<Person>(entities[Emanuel]);
        Assert.Equal(["Ambassador Emanuel"], emanuel.Aliases);
        Assert.Equal(["Ambassador"], emanuel.Roles);
        var japan = Assert.IsType<State>(entities[JP]);
        Assert.Equal("Official Japan", japan.OfficialName);
        Assert.Equal("JP", japan.IsoCode);
        var visit = Assert.IsType<Event>(entities[Visit]);
        Assert.Equal(("VISIT", "2024-04-10", "on 2024-04-10"), (visit.EventType, visit.Date, visit.DateText));
        var quotes = await store.GetQuotesAsync([QA, QB, QC]);
        Assert.Equal(graph.Quotes.OrderBy(q => q.Id), quotes.Values.OrderBy(q => q.Id));
        Assert.Equal(graph.Article.ContentHash, await store.GetContentHashAsync(graph.Article.Id));
        Assert.Null(await store.GetContentHashAsync("article:never-stored"));
    }

    [StoreContractFact]
    public async Task Organization_and_anonymous_quote_round_trip()
    {
        var store = await WorldAsync();
        var un = Assert.IsType<Organization>((await store.GetEntitiesAsync([UN]))[UN]);
        Assert.Equal(("United Nations", "INTERNATIONAL"), (un.Name, un.Kind));
        var anonymous = (await store.GetQuotesAsync([QE]))[QE];
        Assert.Null(anonymous.SpeakerId);
        Assert.Equal("sources close to the matter", anonymous.SourceDescription);
    }

    [StoreContractFact]
    public async Task Same_article_twice_is_unchanged_and_leaves_every_count_unchanged()
    {
        var store = await WorldAsync();
        var before = await SnapshotAsync(store);

        var again = await store.UpsertArticleAsync(A1);
        var batch = await store.UpsertArticlesAsync(All);

        Assert.Equal(UpsertOutcome.Unchanged, again.Outcome);
        Assert.All(batch, r => Assert.Equal(UpsertOutcome.Unchanged, r.Outcome));
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [StoreContractFact]
    public async Task Batch_upsert_equals_one_by_one()
    {
        var oneByOne = await WorldAsync();
        var batched = await CreateStoreAsync();

        var results = await batched.UpsertArticlesAsync(All);

        Assert.Equal(All.Select(g => g.Article.Id), results.Select(r => r.ArticleId));
        Assert.All(results, r => Assert.Equal(UpsertOutcome.Created, r.Outcome));
        Assert.Equal(await SnapshotAsync(oneByOne), await SnapshotAsync(batched));
    }

    [StoreContractFact]
    public async Task Batch_with_a_bad_article_writes_the_others_and_reports_the_bad_one()
    {
        var store = await CreateStoreAsync();
        var bad = new TestGraphBuilder("bad").Person(Wang, "Wang Yi").Quote("quote:dangling", "Words.", Wang, ["state:XX"]).Build();

        var results = await store.UpsertArticlesAsync([A1, bad, A2]);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Failed, UpsertOutcome.Created], results.Select(r => r.Outcome));
        Assert.Contains("state:XX", results[1].Error);
        Assert.Null(await store.GetContentHashAsync(bad.Article.Id));
        Assert.Empty(await store.GetQuotesAsync(["quote:dangling"]));
        Assert.Equal(2, (await store.GetStatsAsync()).Articles);
    }

    [StoreContractFact]
    public async Task Single_upsert_of_an_inconsistent_graph_is_refused_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var bad = new TestGraphBuilder("bad").Quote("quote:x", "Words.", "person:nobody").Build();

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(bad));

        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), await store.GetStatsAsync());
    }

    [StoreContractFact]
    public async Task Changed_article_replaces_its_contributions_keeps_shared_entities_and_drops_orphans()
    {
        var store = await CreateStoreAsync();
        var first = new TestGraphBuilder("x", "first version").Person("person:p1", "Pat One").Person("person:p2", "Pat Two")
            .Quote("quote:q1", "One about two.", "person:p1", ["person:p2"]).Affiliation("person:p2", "person:p1", "Adviser").Build();
        var other = new TestGraphBuilder("y", "other article").Person("person:p1", "Pat One").Quote("quote:q2", "Still here.", "person:p1").Build();
        await store.UpsertArticleAsync(first);
        await store.UpsertArticleAsync(other);
        var second = new TestGraphBuilder("x", "second version").Person("person:p3", "Pat Three")
            .Quote("quote:q3", "Three speaks.", "person:p3").Build();

        var result = await store.UpsertArticleAsync(second);

        Assert.Equal(UpsertOutcome.Replaced, result.Outcome);
        Assert.Equal(second.Article.ContentHash, await store.GetContentHashAsync(second.Article.Id));
        var entities = await store.GetEntitiesAsync(["person:p1", "person:p2", "person:p3"]);
        Assert.Equal(["person:p1", "person:p3"], entities.Keys.Order());
        Assert.Equal(["quote:q2", "quote:q3"], (await store.GetQuotesAsync(["quote:q1", "quote:q2", "quote:q3"])).Keys.Order());
        Assert.Empty((await store.GetAffiliationsAsync(["person:p2"]))["person:p2"]);
        var inX = await store.FindQuotesAsync(new QuoteFilter { ArticleId = second.Article.Id }, [], PageRequest.First(10));
        Assert.Equal(["quote:q3"], Ids(inX.Items, q => q.Id));
        Assert.Equal(["person:p3"], Ids((await store.GetMentionsAsync([second.Article.Id]))[second.Article.Id], m => m.EntityId));
        Assert.Equal(new StoreStats(2, 2, 0, 0, 0, 2), await store.GetStatsAsync());
        Assert.Equal("second version", (await store.GetArticlesAsync([second.Article.Id]))[second.Article.Id].Text);
    }

    [StoreContractFact]
    public async Task A_quote_reported_twice_is_one_node_until_its_last_report_goes()
    {
        var store = await WorldAsync();
        var reports = (await store.GetQuoteReportsAsync([QB]))[QB];
        Assert.Equal([A1.Article.Id, A2.Article.Id], Ids(reports, r => r.ArticleId)); // oldest article first
        Assert.Equal(new TextSpan(100, 100 + "China is much more assertive.".Length), reports[0].Span);

        var a2WithoutB = new TestGraphBuilder("a2", "Beijing responds, corrected.").Person(Wang, "Wang Yi").State(US, "United States")
            .Quote(QD, "The United States should stop interfering.", Wang, [US]).Build();
        await store.UpsertArticleAsync(a2WithoutB);
        Assert.Equal([A1.Article.Id], Ids((await store.GetQuoteReportsAsync([QB]))[QB], r => r.ArticleId));
        Assert.Empty(await store.GetQuotesAsync([QE, QG]));

        var a1WithoutB = new TestGraphBuilder("a1", "Emanuel in Tokyo, corrected.").Person(Emanuel, "Rahm Emanuel").Build();
        await store.UpsertArticleAsync(a1WithoutB);
        Assert.Empty(await store.GetQuotesAsync([QB]));
        Assert.Empty((await store.FindQuotesAsync(new QuoteFilter { AboutId = CN }, [], PageRequest.First(10))).Items);
        Assert.Empty((await store.WhoSaidAboutAsync(CN, PageRequest.First(10))).Items);
    }

    [StoreContractFact]
    public async Task A_quote_given_in_pieces_round_trips_its_pieces_and_a_one_piece_quote_has_none()
    {
        var store = await CreateStoreAsync();
        TextSpan[] pieces = [new(1, 15), new(27, 52), new(60, 80)];
        var graph = new TestGraphBuilder("pieces", "“We will win,” she said. “Nobody can stop us now.”")
            .Person(Kishida, "Fumio Kishida")
            .Quote("quote:p", "We will win, nobody can stop us now, ever.", Kishida, pieces: pieces)
            .Quote("quote:one", "Just one piece.", Kishida, start: 90)
            .Build();

        await store.UpsertArticleAsync(graph);

        var reports = await store.GetQuoteReportsAsync(["quote:p", "quote:one"]);
        var inPieces = Assert.Single(reports["quote:p"]);
        Assert.Equal(graph.Reports[0], inPieces);
        Assert.Equal(pieces, inPieces.Pieces);
        Assert.Equal(pieces[0], inPieces.Span);
        var onePiece = Assert.Single(reports["quote:one"]);
        Assert.Equal(graph.Reports[1], onePiece);
        Assert.Empty(onePiece.Pieces);
        Assert.Equal([onePiece.Span], onePiece.AllPieces);

        // The same article again changes nothing; a corrected version that gives the quote in one piece drops the pieces.
        Assert.Equal(UpsertOutcome.Unchanged, (await store.UpsertArticleAsync(graph)).Outcome);
        Assert.Equal(pieces, Assert.Single((await store.GetQuoteReportsAsync(["quote:p"]))["quote:p"]).Pieces);
        var corrected = new TestGraphBuilder("pieces", "“We will win, nobody can stop us now,” she said.")
            .Person(Kishida, "Fumio Kishida").Quote("quote:p", "We will win, nobody can stop us now, ever.", Kishida, start: 1).Build();
        Assert.Equal(UpsertOutcome.Replaced, (await store.UpsertArticleAsync(corrected)).Outcome);
        var replaced = Assert.Single((await store.GetQuoteReportsAsync(["quote:p"]))["quote:p"]);
        Assert.Equal(corrected.Reports[0], replaced);
        Assert.Empty(replaced.Pieces);
    }

    [StoreContractFact]
    public async Task Pieces_that_do_not_start_with_the_span_or_go_back_in_the_text_are_refused_and_overlapping_ones_kept()
    {
        var store = await CreateStoreAsync();
        var good = new TestGraphBuilder("pieces", "“We will win,” she said. “Nobody can stop us now.”").Person(Kishida, "Fumio Kishida")
            .Quote("quote:p", "We will win, nobody can stop us now.", Kishida, pieces: [new(1, 15), new(27, 52)]).Build();
        var report = good.Reports[0];
        QuoteReport[] bad =
        [
            report with { Span = new TextSpan(0, 3) },                                          // span is not the first piece
            report with { Span = new TextSpan(27, 52), Pieces = [new(27, 52), new(1, 15)] },    // back in the text
            report with { Pieces = [new(1, 15), new(52, 27)] },                                 // a piece ending before it starts
        ];

        foreach (var badReport in bad)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(good with { Reports = [badReport] }));
            Assert.Contains("quote:p", error.Message);
        }

        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), await store.GetStatsAsync());
        Assert.Equal(UpsertOutcome.Created, (await store.UpsertArticleAsync(good)).Outcome);

        // Overlapping pieces are still text in order: kept as given rather than refusing the article.
        var overlapping = new TestGraphBuilder("overlap", "another text").Person(Kishida, "Fumio Kishida")
            .Quote("quote:o", "Words given twice.", Kishida, pieces: [new(1, 15), new(10, 52)]).Build();
        Assert.Equal(UpsertOutcome.Created, (await store.UpsertArticleAsync(overlapping)).Outcome);
        Assert.Equal(overlapping.Reports, (await store.GetQuoteReportsAsync(["quote:o"]))["quote:o"]);
    }

    [StoreContractFact]
    public async Task Concurrent_upserts_of_different_articles_all_land()
    {
        var store = await CreateStoreAsync();
        var graphs = Enumerable.Range(0, 12).Select(i => new TestGraphBuilder($"c{i}", $"concurrent {i}").State(CN, "China")
            .Person($"person:p{i}", $"Person {i}").Quote($"quote:c{i}", $"Words {i}.", $"person:p{i}", [CN]).Build()).ToList();

        var results = await Task.WhenAll(graphs.Select(g => Task.Run(() => store.UpsertArticleAsync(g))));

        Assert.All(results, r => Assert.Equal(UpsertOutcome.Created, r.Outcome));
        Assert.Equal(new StoreStats(12, 12, 1, 0, 0, 12), await store.GetStatsAsync());
        Assert.Equal(12, (await store.WhoSaidAboutAsync(CN, PageRequest.First(50))).TotalCount);
    }

    // ---------------- edges by node ----------------

    [StoreContractFact]
    public async Task Edge_batches_hold_every_asked_id_and_follow_the_documented_order()
    {
        var store = await WorldAsync();

        var targets = await store.GetQuoteTargetsAsync([QA, QD, "quote:none"]);
        Assert.Equal([JP, US], Ids(targets[QA], t => t.EntityId)); // highest weight first
        Assert.Equal([1.0, 0.5], targets[QA].Select(t => t.Weight));
        Assert.Empty(targets["quote:none"]);

        var affiliations = await store.GetAffiliationsAsync([Kishida, Emanuel, Muller]);
        Assert.Equal(new Affiliation(Kishida, JP, "Prime Minister"), Assert.Single(affiliations[Kishida])); // distinct over A1 and A3
        Assert.Equal(new Affiliation(Emanuel, US, "Ambassador"), Assert.Single(affiliations[Emanuel]));
        Assert.Empty(affiliations[Muller]);

        var participants = await store.GetEventParticipantsAsync([Visit, Summit]);
        Assert.Equal([(Kishida, "GUEST"), (US, "HOST")], participants[Visit].Select(p => (p.EntityId, p.Role)).Order());
        Assert.Equal([(Wang, "HOST")], participants[Summit].Select(p => (p.EntityId, p.Role)));

        var mentions = (await store.GetMentionsAsync([A1.Article.Id]))[A1.Article.Id];
        Assert.Equal(JP, mentions[0].EntityId); // most mentioned first
        Assert.Equal(4, mentions[0].Count);
        Assert.Equal(4, mentions[0].Spans.Count);
        Assert.Equal(Emanuel, mentions[1].EntityId);

        var eventArticles = await store.GetEventArticleIdsAsync([Visit, Summit, "event:none"]);
        Assert.Equal([A1.Article.Id], eventArticles[Visit]);
        Assert.Equal([A2.Article.Id], eventArticles[Summit]);
        Assert.Empty(eventArticles["event:none"]);

        Assert.Empty(await store.GetEntitiesAsync([]));
        Assert.Empty(await store.GetQuoteReportsAsync([]));
    }

    // ---------------- lists ----------------

    [StoreContractFact]
    public async Task Articles_newest_first_unpublished_last_with_accent_insensitive_title_filter()
    {
        var store = await WorldAsync();

        var all = await store.ListArticlesAsync(null, PageRequest.First(10));
        Assert.Equal([A2.Article.Id, A1.Article.Id, A3.Article.Id], Ids(all.Items, a => a.Id));
        Assert.Equal(3, all.TotalCount);

        Assert.Equal([A1.Article.Id], Ids((await store.ListArticlesAsync("EMANUEL", PageRequest.First(10))).Items, a => a.Id));
        Assert.Equal([A3.Article.Id], Ids((await store.ListArticlesAsync("zurich", PageRequest.First(10))).Items, a => a.Id));
        Assert.Empty((await store.ListArticlesAsync("nothing like this", PageRequest.First(10))).Items);
    }

    [StoreContractFact]
    public async Task Entities_by_type_and_name_with_paging()
    {
        var store = await WorldAsync();

        var page1 = await store.ListEntitiesAsync(EntityType.Person, null, new PageRequest(0, 3));
        Assert.Equal(["Fumio Kishida", "Hans Müller", "Rahm Emanuel"], page1.Items.Select(p => p.Name));
        Assert.Equal(4, page1.TotalCount);
        Assert.True(page1.HasNextPage);
        Assert.False(page1.HasPreviousPage);

        var page2 = await store.ListEntitiesAsync(EntityType.Person, null, new PageRequest(3, 3));
        Assert.Equal(["Wang Yi"], page2.Items.Select(p => p.Name));
        Assert.False(page2.HasNextPage);
        Assert.True(page2.HasPreviousPage);

        var beyond = await store.ListEntitiesAsync(EntityType.Person, null, new PageRequest(10, 3));
        Assert.Empty(beyond.Items);
        Assert.Equal(4, beyond.TotalCount);

        Assert.Equal([Muller], Ids((await store.ListEntitiesAsync(EntityType.Person, "MULLER", PageRequest.First(10))).Items, e => e.Id));
        Assert.Equal([Emanuel], Ids((await store.ListEntitiesAsync(EntityType.Person, "ambassador", PageRequest.First(10))).Items, e => e.Id));
        Assert.Equal([JP], Ids((await store.ListEntitiesAsync(EntityType.State, "jap", PageRequest.First(10))).Items, e => e.Id));
        Assert.Equal([UN], Ids((await store.ListEntitiesAsync(EntityType.Organization, null, PageRequest.First(10))).Items, e => e.Id));
        Assert.Equal([Visit, Summit], Ids((await store.ListEntitiesAsync(EntityType.Event, null, PageRequest.First(10))).Items, e => e.Id)); // by label
    }

    [StoreContractFact]
    public async Task Quotes_by_speaker_about_and_article_newest_first()
    {
        var store = await WorldAsync();
        async Task<List<string>> Find(QuoteFilter f) => Ids((await store.FindQuotesAsync(f, [], PageRequest.First(20))).Items, q => q.Id);

        // qB and qG were last reported on 20 May, qA on 10 April; ties by id.
        Assert.Equal([QB, QG, QA], await Find(new QuoteFilter { SpeakerId = Emanuel }));
        Assert.Equal([QB, QD, QE, QG], await Find(new QuoteFilter { AboutId = CN }));
        Assert.Equal([QB, QG], await Find(new QuoteFilter { AboutId = CN, SpeakerId = Emanuel }));
        Assert.Equal([QA, QB, QC], await Find(new QuoteFilter { ArticleId = A1.Article.Id }).ContinueWith(t => t.Result.Order().ToList()));
        Assert.Equal([QF], await Find(new QuoteFilter { AboutId = Kishida }));
        Assert.Empty(await Find(new QuoteFilter { SpeakerId = "person:nobody" }));
    }

    [StoreContractFact]
    public async Task Quotes_by_kind_confidence_source_and_published_range()
    {
        var store = await WorldAsync();
        async Task<List<string>> Find(QuoteFilter f) =>
            Ids((await store.FindQuotesAsync(f, [], PageRequest.First(20))).Items, q => q.Id).Order().ToList();

        Assert.Equal([QC], await Find(new QuoteFilter { Kind = QuoteKind.Partial }));
        Assert.Equal([QD], await Find(new QuoteFilter { Kind = QuoteKind.Indirect }));
        Assert.Equal([QA], await Find(new QuoteFilter { MinConfidence = 0.85 }));
        Assert.Equal([QA, QB], await Find(new QuoteFilter { MinConfidence = 0.8 }));
        Assert.Equal([QB, QD, QE, QG], await Find(new QuoteFilter { Source = "reuters" }));
        Assert.Equal([QB, QD, QE, QG], await Find(new QuoteFilter { PublishedAfter = TestGraphBuilder.Day(2024, 5, 1) }));
        Assert.Equal([QA, QB, QC], await Find(new QuoteFilter { PublishedBefore = TestGraphBuilder.Day(2024, 5, 1) }));
        Assert.Equal([QB], await Find(new QuoteFilter { Source = "Nikkei", AboutId = CN }));
        // The bounds are inclusive from, exclusive to.
        Assert.Equal([QA, QB, QC], await Find(new QuoteFilter { PublishedAfter = A1Published, PublishedBefore = A2Published }));
        Assert.Empty(await Find(new QuoteFilter { Source = "Nikkei", PublishedAfter = TestGraphBuilder.Day(2024, 5, 1) }));
    }

    [StoreContractFact]
    public async Task Quotes_full_text_is_word_based_accent_insensitive_and_safe_with_operators()
    {
        var store = await WorldAsync();
        async Task<List<string>> Text(string text, QuoteFilter? extra = null) =>
            Ids((await store.FindQuotesAsync((extra ?? new QuoteFilter()) with { Text = text }, [], PageRequest.First(20))).Items, q => q.Id).Order().ToList();

        Assert.Equal([QB], await Text("assertive"));
        Assert.Equal([QB], await Text("china ASSERTIVE"));
        Assert.Equal([QF], await Text("zurich"));
        Assert.Equal([QA], await Text("new era"));
        Assert.Empty(await Text("assertive", new QuoteFilter { SpeakerId = Wang }));
        Assert.Empty(await Text("\"china\" OR NEAR(era) * ) ; DROP TABLE quotes; --"));
        Assert.Empty(await Text("*** ((( )))"));
        Assert.Equal(7, (await store.GetStatsAsync()).Quotes);
    }

    [StoreContractFact]
    public async Task Quotes_ordering_and_paging()
    {
        var store = await WorldAsync();

        var byConfidence = await store.FindQuotesAsync(new QuoteFilter(), [new QuoteOrder(QuoteOrderField.Confidence, true)], new PageRequest(0, 3));
        Assert.Equal([QA, QB, QG], Ids(byConfidence.Items, q => q.Id));
        Assert.Equal(7, byConfidence.TotalCount);
        Assert.True(byConfidence.HasNextPage);

        var lowest = await store.FindQuotesAsync(new QuoteFilter(), [new QuoteOrder(QuoteOrderField.Confidence, false)], new PageRequest(6, 3));
        Assert.Equal([QA], Ids(lowest.Items, q => q.Id));
        Assert.False(lowest.HasNextPage);

        var byText = await store.FindQuotesAsync(new QuoteFilter { AboutId = CN }, [new QuoteOrder(QuoteOrderField.Text, false)], PageRequest.First(10));
        Assert.Equal([QG, QB, QE, QD], Ids(byText.Items, q => q.Id)); // Beijing…, China…, Talks…, The…

        // Newest first puts quotes only undated articles report last, in both directions.
        var newest = await store.FindQuotesAsync(new QuoteFilter(), [new QuoteOrder(QuoteOrderField.PublishedAt, true)], PageRequest.First(10));
        Assert.Equal(QF, newest.Items[^1].Id);
        var oldest = await store.FindQuotesAsync(new QuoteFilter(), [new QuoteOrder(QuoteOrderField.PublishedAt, false)], PageRequest.First(10));
        Assert.Equal([QA, QC], Ids(oldest.Items.Take(2), q => q.Id));
        Assert.Equal(QF, oldest.Items[^1].Id);
    }

    [StoreContractFact]
    public async Task Events_by_type_involvement_and_dates()
    {
        var store = await WorldAsync();
        async Task<List<string>> Find(EventFilter f) => Ids((await store.FindEventsAsync(f, PageRequest.First(10))).Items, e => e.Id);

        Assert.Equal([Visit, Summit], await Find(new EventFilter())); // "2024-04-10" is newer than "2024"
        Assert.Equal([Visit], await Find(new EventFilter { Type = "visit" }));
        Assert.Equal([Visit], await Find(new EventFilter { InvolvesId = US })); // participant and place
        Assert.Equal([Visit], await Find(new EventFilter { InvolvesId = Kishida }));
        Assert.Equal([Summit], await Find(new EventFilter { InvolvesId = CN })); // place only
        Assert.Empty(await Find(new EventFilter { InvolvesId = JP }));
        Assert.Equal([Visit, Summit], await Find(new EventFilter { From = "2024-04-01", To = "2024-04-30" }));
        Assert.Equal([Summit], await Find(new EventFilter { From = "2024-05" }));
        Assert.Empty(await Find(new EventFilter { To = "2023-12-31" }));
        var summit = (await store.FindEventsAsync(new EventFilter { Type = "SUMMIT" }, PageRequest.First(1))).Items.Single();
        Assert.Equal(("SUMMIT", "Wang Yi summit", "2024"), (summit.EventType, summit.Label, summit.Date));
    }

    [StoreContractFact]
    public async Task People_affiliated_with_a_state()
    {
        var store = await WorldAsync();
        Assert.Equal([Kishida], Ids((await store.FindAffiliatedPeopleAsync(JP, PageRequest.First(10))).Items, p => p.Id));
        Assert.Equal([Wang], Ids((await store.FindAffiliatedPeopleAsync(CN, PageRequest.First(10))).Items, p => p.Id));
        var none = await store.FindAffiliatedPeopleAsync(UN, PageRequest.First(10));
        Assert.Empty(none.Items);
        Assert.Equal(0, none.TotalCount);
    }

    // ---------------- relationship questions ----------------

    [StoreContractFact]
    public async Task Who_said_about_groups_by_speaker_most_quotes_first_and_pages()
    {
        var store = await WorldAsync();

        var china = await store.WhoSaidAboutAsync(CN, PageRequest.First(10));
        Assert.Equal([new SpeakerCount(Emanuel, 2), new SpeakerCount(Wang, 1)], china.Items); // the anonymous quote has no speaker
        Assert.Equal(2, china.TotalCount);

        var firstOfJapan = await store.WhoSaidAboutAsync(JP, new PageRequest(0, 1));
        Assert.Equal([new SpeakerCount(Kishida, 1)], firstOfJapan.Items); // ties by speaker id
        Assert.True(firstOfJapan.HasNextPage);
        var secondOfJapan = await store.WhoSaidAboutAsync(JP, new PageRequest(1, 1));
        Assert.Equal([new SpeakerCount(Emanuel, 1)], secondOfJapan.Items);
        Assert.False(secondOfJapan.HasNextPage);

        Assert.Empty((await store.WhoSaidAboutAsync("state:XX", PageRequest.First(10))).Items);
    }

    [StoreContractFact]
    public async Task Co_mentioned_counts_shared_articles()
    {
        var store = await WorldAsync();
        Assert.Equal([new EntityCount(Emanuel, 2), new EntityCount(JP, 2), new EntityCount(US, 2)], await store.CoMentionedAsync(CN, 3));
        var all = await store.CoMentionedAsync(CN, 10);
        Assert.Equal([Emanuel, JP, US, Kishida, Wang], Ids(all, c => c.EntityId));
        Assert.DoesNotContain(all, c => c.EntityId == CN);
    }

    [StoreContractFact]
    public async Task Path_finds_the_shortest_typed_connection()
    {
        var store = await WorldAsync();

        var said = await store.FindPathAsync(Emanuel, CN, 4);
        Assert.Equal(2, said.Count);
        Assert.Equal((Emanuel, RelationshipType.SAID), (said[0].FromId, said[0].Relationship));
        Assert.Contains(said[0].ToId, new[] { QB, QG });
        Assert.Equal((said[0].ToId, RelationshipType.ABOUT, CN), (said[1].FromId, said[1].Relationship, said[1].ToId));

        var affiliated = await store.FindPathAsync(Wang, CN, 4);
        Assert.Equal([new PathStep(Wang, RelationshipType.AFFILIATED_WITH, CN)], affiliated);

        var far = await store.FindPathAsync(Kishida, Wang, 4);
        Assert.Equal(4, far.Count);
        Assert.Equal(Kishida, far[0].FromId);
        Assert.Equal(Wang, far[^1].ToId);
        for (var i = 1; i < far.Count; i++) Assert.Equal(far[i - 1].ToId, far[i].FromId);

        Assert.Empty(await store.FindPathAsync(Kishida, Wang, 3));
        Assert.Empty(await store.FindPathAsync(Muller, Wang, 4)); // Müller's island: him, Kishida … 5 hops away at least
        Assert.Empty(await store.FindPathAsync(Emanuel, "person:nobody", 4));
    }

    [StoreContractFact]
    public async Task Search_ranks_names_titles_and_quote_text_and_filters_by_type()
    {
        var store = await WorldAsync();

        var emanuel = await store.SearchAsync("emanuel", null, 10);
        Assert.Equal(Emanuel, emanuel.First(h => h.Type == "Person").Id);
        Assert.Contains(emanuel, h => h.Id == A1.Article.Id && h.Type == "Article");
        Assert.True(emanuel.Zip(emanuel.Skip(1)).All(p => p.First.Score >= p.Second.Score));

        var people = await store.SearchAsync("emanuel", ["Person"], 10);
        Assert.Equal([Emanuel], Ids(people, h => h.Id));

        var quotes = await store.SearchAsync("assertive", ["Quote"], 10);
        var hit = Assert.Single(quotes);
        Assert.Equal(QB, hit.Id);
        Assert.Contains("assertive", hit.Snippet);

        var zurich = await store.SearchAsync("zurich", null, 10);
        Assert.Equal([A3.Article.Id, QF], Ids(zurich, h => h.Id).Order());
        Assert.Equal(["Hans Müller"], (await store.SearchAsync("Müller", ["Person"], 10)).Select(h => h.Snippet));

        Assert.Empty(await store.SearchAsync("\" OR 1=1 -- NEAR( *", null, 10));
        Assert.Single(await store.SearchAsync("china", ["State"], 1));
    }

    // ---------------- dashboards ----------------

    [StoreContractFact]
    public async Task Stats_count_each_node_type()
    {
        var store = await CreateStoreAsync();
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), await store.GetStatsAsync());
        foreach (var graph in All) await store.UpsertArticleAsync(graph);
        Assert.Equal(new StoreStats(3, 4, 3, 1, 2, 7), await store.GetStatsAsync());
    }

    [StoreContractFact]
    public async Task Top_speakers_and_subjects_optionally_since_a_date()
    {
        var store = await WorldAsync();

        Assert.Equal([new EntityCount(Emanuel, 3), new EntityCount(Kishida, 1), new EntityCount(Muller, 1)], await store.TopSpeakersAsync(3, null));
        Assert.Equal([new EntityCount(Emanuel, 2), new EntityCount(Wang, 1)], await store.TopSpeakersAsync(10, TestGraphBuilder.Day(2024, 5, 1)));
        Assert.Empty(await store.TopSpeakersAsync(10, TestGraphBuilder.Day(2025, 1, 1)));

        Assert.Equal([new EntityCount(CN, 4), new EntityCount(US, 3), new EntityCount(JP, 2), new EntityCount(Kishida, 1)], await store.TopSubjectsAsync(10, null));
        Assert.Equal([new EntityCount(CN, 4), new EntityCount(US, 1)], await store.TopSubjectsAsync(10, TestGraphBuilder.Day(2024, 5, 1)));
    }

    [StoreContractFact]
    public async Task Quote_timeline_buckets_by_day_week_and_month()
    {
        var store = await WorldAsync();

        Assert.Equal([new TimelinePoint(new DateOnly(2024, 4, 1), 1), new TimelinePoint(new DateOnly(2024, 5, 1), 4)],
            await store.QuoteTimelineAsync(CN, TimeBucket.Month));
        Assert.Equal([new TimelinePoint(new DateOnly(2024, 4, 8), 1), new TimelinePoint(new DateOnly(2024, 5, 20), 4)],
            await store.QuoteTimelineAsync(CN, TimeBucket.Week)); // weeks start on Monday
        Assert.Equal([new TimelinePoint(new DateOnly(2024, 4, 10), 1), new TimelinePoint(new DateOnly(2024, 5, 20), 4)],
            await store.QuoteTimelineAsync(CN, TimeBucket.Day));
        Assert.Empty(await store.QuoteTimelineAsync(Kishida, TimeBucket.Day)); // only an undated article quotes about him
    }

    [StoreContractFact]
    public async Task Health_reports_a_reachable_store()
    {
        var store = await CreateStoreAsync();
        var health = await store.CheckHealthAsync();
        Assert.True(health.IsHealthy, health.Description);
        Assert.False(string.IsNullOrWhiteSpace(health.Provider));
    }

    /// <summary>Everything countable in the store, as one comparable string.</summary>
    protected static async Task<string> SnapshotAsync(IClaimsStore store)
    {
        var stats = await store.GetStatsAsync();
        var quotes = await store.FindQuotesAsync(new QuoteFilter(), [new QuoteOrder(QuoteOrderField.Text, false)], PageRequest.First(1000));
        var quoteIds = quotes.Items.Select(q => q.Id).ToList();
        var reports = await store.GetQuoteReportsAsync(quoteIds);
        var targets = await store.GetQuoteTargetsAsync(quoteIds);
        var articles = await store.ListArticlesAsync(null, PageRequest.First(1000));
        var mentions = await store.GetMentionsAsync(articles.Items.Select(a => a.Id).ToList());
        var people = await store.ListEntitiesAsync(EntityType.Person, null, PageRequest.First(1000));
        var affiliations = await store.GetAffiliationsAsync(people.Items.Select(p => p.Id).ToList());
        var events = await store.FindEventsAsync(new EventFilter(), PageRequest.First(1000));
        var participants = await store.GetEventParticipantsAsync(events.Items.Select(e => e.Id).ToList());
        var lines = new List<string> { stats.ToString() };
        lines.AddRange(quoteIds.Select(id => $"{id} reports={reports[id].Count} targets={targets[id].Count}"));
        lines.AddRange(mentions.OrderBy(m => m.Key).Select(m => $"{m.Key} mentions={m.Value.Count} total={m.Value.Sum(x => x.Count)}"));
        lines.AddRange(affiliations.OrderBy(a => a.Key).Select(a => $"{a.Key} affiliations={a.Value.Count}"));
        lines.AddRange(participants.OrderBy(p => p.Key).Select(p => $"{p.Key} participants={p.Value.Count}"));
        return string.Join('\n', lines);
    }
}
