using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Domain.Tests;

public class ArticleGraphTests
{
    private static readonly Article SomeArticle =
        new("article:1", null, "t", null, null, DateTimeOffset.UnixEpoch, 3, "h", "a b c");

    [Fact]
    public void A_graph_whose_edges_name_its_own_nodes_is_valid()
    {
        var person = new Person("person:a", "A", [], []);
        var quote = new Quote("quote:1", "words", QuoteKind.Direct, 0.9, person.Id, null);
        var graph = new ArticleGraph(SomeArticle, [person], [new Mention(SomeArticle.Id, person.Id, 1, [new TextSpan(0, 1)])],
            [quote], [new QuoteReport(quote.Id, SomeArticle.Id, new TextSpan(2, 3), null, null)], [], [], []);
        Assert.Empty(graph.Validate());
    }

    [Fact]
    public void Edges_to_unknown_nodes_are_reported()
    {
        var quote = new Quote("quote:1", "words", QuoteKind.Direct, 0.9, "person:ghost", null);
        var graph = new ArticleGraph(SomeArticle, [], [], [quote], [],
            [new QuoteTarget("quote:1", "state:XX", 1)], [new Affiliation("person:ghost", "state:XX", "King")], []);
        var problems = graph.Validate();
        Assert.Contains(problems, p => p.Contains("person:ghost") && p.StartsWith("quote speaker"));
        Assert.Contains(problems, p => p.Contains("state:XX") && p.StartsWith("quote target"));
        Assert.Equal(4, problems.Count);
    }
}
