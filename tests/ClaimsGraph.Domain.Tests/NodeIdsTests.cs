using ClaimsGraph.Domain.Ids;

namespace ClaimsGraph.Domain.Tests;

public class NodeIdsTests
{
    [Theory]
    [InlineData("Rahm Emanuel", "person:rahm-emanuel")]
    [InlineData("Fumio  Kishida", "person:fumio-kishida")]
    [InlineData("José Martínez-Ruiz", "person:jose-martinez-ruiz")]
    [InlineData("Beto O’Rourke", "person:beto-orourke")]
    [InlineData("John F. Kennedy", "person:john-f-kennedy")]
    public void Person_ids_are_readable_slugs(string name, string expected) =>
        Assert.Equal(expected, NodeIds.Person(name));

    [Fact]
    public void State_ids_use_the_iso_code() => Assert.Equal("state:JP", NodeIds.State("jp"));

    [Fact]
    public void The_same_words_from_the_same_speaker_are_one_quote_whatever_the_typography()
    {
        var a = NodeIds.Quote("person:rahm-emanuel", "We haven’t done this with any other country.");
        var b = NodeIds.Quote("person:rahm-emanuel", "We haven't  done this with any other country.");
        Assert.Equal(a, b);
        Assert.StartsWith("quote:", a);
        Assert.NotEqual(a, NodeIds.Quote("person:joe-biden", "We haven't done this with any other country."));
        Assert.NotEqual(a, NodeIds.Quote(null, "We haven't done this with any other country."));
    }

    [Fact]
    public void Articles_with_a_url_are_identified_by_the_canonical_url()
    {
        var a = NodeIds.Article("https://www.example.com/news/1#top", "text one");
        var b = NodeIds.Article("http://example.com/news/1/", "text two");
        Assert.Equal(a, b);
        Assert.NotEqual(NodeIds.Article(null, "text one"), NodeIds.Article(null, "text two"));
        Assert.Equal(NodeIds.Article(null, "Text  one"), NodeIds.Article(null, "text one"));
    }

    [Fact]
    public void Event_ids_do_not_depend_on_participant_order()
    {
        var a = NodeIds.Event("VISIT", ["person:fumio-kishida", "state:US"], "2024-04");
        var b = NodeIds.Event("VISIT", ["state:US", "person:fumio-kishida"], "2024-04");
        Assert.Equal(a, b);
        Assert.Equal("event:visit-fumio-kishida-us-2024-04", a);
    }

    [Theory]
    [InlineData("person:rahm-emanuel", "person")]
    [InlineData("state:JP", "state")]
    [InlineData("nonsense", "")]
    public void TypeOf_reads_the_prefix(string id, string type) => Assert.Equal(type, NodeIds.TypeOf(id));
}
