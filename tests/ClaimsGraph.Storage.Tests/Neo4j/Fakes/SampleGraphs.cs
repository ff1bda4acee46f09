using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>Self-consistent article graphs of any size, with every kind of node and edge.</summary>
public static class SampleGraphs
{
    public static ArticleGraph Create(string key, int people = 2, string text = "Kishida met Emanuel in Tokyo.")
    {
        var articleId = NodeIds.Article($"https://news.example/{key}", text);
        var article = new Article(articleId, $"https://news.example/{key}", $"Summit {key}", "Example News",
            new DateTimeOffset(2024, 4, 10, 9, 0, 0, TimeSpan.FromHours(9)), DateTimeOffset.UnixEpoch, 5, NodeIds.Sha256Hex(text), text);
        var japan = new State(NodeIds.State("JP"), "Japan", ["Nippon"], "State of Japan", ["Japanese"]);
        var ministry = new Organization(NodeIds.Organization("Ministry of Foreign Affairs"), "Ministry of Foreign Affairs", ["MOFA"], "GOVERNMENT");
        var persons = Enumerable.Range(0, people)
            .Select(i => new Person(NodeIds.Person($"Person {key} {i}"), $"Person {key} {i}", [], ["Minister"]))
            .ToList();
        var summit = new Event(NodeIds.Event("SUMMIT", [japan.Id], "2024-04-10"), "SUMMIT", "Tokyo summit", "2024-04-10", "on Wednesday");
        var quotes = persons.Select(p => new Quote(NodeIds.Quote(p.Id, $"We agree, says {p.Name}"), $"We agree, says {p.Name}", QuoteKind.Direct, 0.9, p.Id, null)).ToList();
        var entities = new List<Entity> { japan, ministry, summit };
        entities.AddRange(persons);
        return new ArticleGraph(
            article,
            entities,
            entities.Select(e => new Mention(articleId, e.Id, 2, [new TextSpan(0, 7), new TextSpan(10, 17)])).ToList(),
            quotes,
            quotes.Select(q => new QuoteReport(q.Id, articleId, new TextSpan(0, 10), new TextSpan(11, 15), null)).ToList(),
            quotes.Select(q => new QuoteTarget(q.Id, japan.Id, 0.8)).ToList(),
            persons.Select(p => new Affiliation(p.Id, ministry.Id, "Minister")).ToList(),
            [new EventFact(summit.Id, persons.Select(p => new EventParticipant(summit.Id, p.Id, "PARTICIPANT")).ToList(), japan.Id, new TextSpan(0, 29))]);
    }
}
