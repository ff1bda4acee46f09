using System.Text.Json.Nodes;
using ClaimsGraph.Api.Tests.Infrastructure;

namespace ClaimsGraph.Api.Tests.Seed;

/// <summary>Issue 2's acceptance list for the seed article, through HTTP → GraphQL → SQLite (ingested at start).</summary>
public sealed class SeedArticleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient _client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Emanuel_is_the_speaker_of_the_four_quotes_attributed_through_name_role_and_pronoun()
    {
        var data = (await _client.PostAsync("""
            { quotes(speaker: "person:rahm-emanuel", first: 50) { totalCount nodes { text speaker { id name } span { start end text } } } }
            """)).Ok();
        var texts = data["quotes"]!["nodes"]!.AsArray().Select(n => Text.Plain(n!["text"]!.GetValue<string>())).ToList();
        Assert.Contains(texts, t => t.Contains("We are literally in the first chapter writing a new era."));           // "the ambassador told reporters"
        Assert.Contains(texts, t => t.StartsWith("The change is to deal with a series of challenges", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("We believe whatever we do working with Japan in this new fashion will better enhance the way we do a plan,"));
        Assert.Contains(texts, t => t.Contains("We haven't done this with any other country."));                         // "he said"
        foreach (var node in data["quotes"]!["nodes"]!.AsArray())
        {
            Assert.Equal("person:rahm-emanuel", node!["speaker"]!["id"]!.GetValue<string>());
            // The span points at the very words in the article.
            Assert.Equal(Text.Plain(node["text"]!.GetValue<string>()), Text.Plain(node["span"]!["text"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task WhoSaidAbout_China_lists_Emanuel_first_with_the_much_more_assertive_China_quote()
    {
        var data = (await _client.PostAsync("""
            { whoSaidAbout(subject: "state:CN") { speaker { id name } count quotes(first: 50) { nodes { text } } } }
            """)).Ok();
        var groups = data["whoSaidAbout"]!.AsArray();
        Assert.NotEmpty(groups);
        var first = groups[0]!;
        Assert.Equal("person:rahm-emanuel", first["speaker"]!["id"]!.GetValue<string>());
        Assert.Contains(first["quotes"]!["nodes"]!.AsArray(), q => q!["text"]!.GetValue<string>().Contains("much more assertive China"));
        var counts = groups.Select(g => g!["count"]!.GetValue<int>()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task States_of_the_article_exist_and_Beijing_and_Japanese_resolve_to_their_states()
    {
        var data = (await _client.PostAsync("""{ states(first: 200) { nodes { id name } } }""")).Ok();
        var ids = data["states"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        foreach (var iso in new[] { "US", "JP", "CN", "TW", "PH" }) Assert.Contains("state:" + iso, ids);

        // "Beijing" (capital as metonym) and "Japanese" (demonym) are mentions of the states, not nodes of their own.
        var mentions = (await _client.PostAsync("""
            { articles(first: 1) { nodes { mentions { entity { id name } count } } } }
            """)).Ok()["articles"]!["nodes"]![0]!["mentions"]!.AsArray();
        var names = mentions.Select(m => m!["entity"]!["name"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("Beijing", names);
        Assert.DoesNotContain("Japanese", names);
        Assert.True(Count(mentions, "state:CN") >= 3, "China, Chinese and Beijing should all count as China");
        Assert.True(Count(mentions, "state:JP") >= 3, "Japan and Japanese should count as Japan");
    }

    [Theory]
    [InlineData("person:fumio-kishida", "state:JP", "Prime Minister")]
    [InlineData("person:joe-biden", "state:US", "President")]
    public async Task Leaders_are_affiliated_with_their_state_in_their_role(string person, string state, string role)
    {
        var data = (await _client.PostAsync("""
            query($id: ID!) { person(id: $id) { id name affiliations { role state { id } target { id } } } }
            """, new { id = person })).Ok();
        var affiliations = data["person"]!["affiliations"]!.AsArray();
        Assert.Contains(affiliations, a =>
            a!["state"]?["id"]?.GetValue<string>() == state
            && string.Equals(a["role"]!.GetValue<string>(), role, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Boilerplate_lines_become_no_nodes()
    {
        var data = (await _client.PostAsync("""
            { people(first: 200) { nodes { name } } organizations(first: 200) { nodes { name } } states(first: 200) { nodes { name } }
              events(first: 200) { nodes { name } } quotes(first: 200) { nodes { text } } }
            """)).Ok();
        var all = string.Join("\n", new[] { "people", "organizations", "states", "events" }
            .SelectMany(list => data[list]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()))
            .Concat(data["quotes"]!["nodes"]!.AsArray().Select(n => n!["text"]!.GetValue<string>())));
        foreach (var boilerplate in new[] { "Google", "Chronicles Live", "Read original article", "Denial of responsibility", "Leave a Comment", "01:45" })
            Assert.DoesNotContain(boilerplate, all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_id_is_NOT_FOUND_and_a_wrong_kind_of_id_is_BAD_USER_INPUT()
    {
        var unknown = await _client.PostAsync("""{ person(id: "person:nobody-at-all") { id } }""");
        Assert.Equal(System.Net.HttpStatusCode.OK, unknown.Status);
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Null(unknown.Data!["person"]);

        var wrongKind = await _client.PostAsync("""{ person(id: "state:JP") { id } }""");
        Assert.Equal(["BAD_USER_INPUT"], wrongKind.ErrorCodes);

        var unknownSubject = await _client.PostAsync("""{ whoSaidAbout(subject: "state:XX") { count } }""");
        Assert.Equal(["NOT_FOUND"], unknownSubject.ErrorCodes);
    }

    [Fact]
    public async Task Node_refetches_every_kind_of_node_by_id()
    {
        var quoteId = (await _client.PostAsync("""{ quotes(first: 1) { nodes { id } } }""")).Ok()["quotes"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var articleId = (await _client.PostAsync("""{ articles(first: 1) { nodes { id } } }""")).Ok()["articles"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var data = (await _client.PostAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
            """, new { ids = new[] { "person:rahm-emanuel", "state:JP", quoteId, articleId, "person:nobody-at-all" } })).Ok();
        var types = data["nodes"]!.AsArray().Select(n => n?["__typename"]?.GetValue<string>()).ToList();
        Assert.Equal(["Person", "State", "Quote", "Article", null], types);
    }

    private static int Count(JsonArray mentions, string id) =>
        mentions.Where(m => m!["entity"]!["id"]!.GetValue<string>() == id).Sum(m => m!["count"]!.GetValue<int>());
}
