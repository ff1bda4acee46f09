using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>
/// Article graphs made directly in the domain model (no extraction), for tests that need many quotes:
/// article i has <c>quotesPerArticle</c> quotes, each by its own speaker, about two of a few states.
/// </summary>
public static class SyntheticGraphs
{
    private static readonly string[] Isos = ["CN", "JP", "US", "TW", "PH"];

    public static IReadOnlyList<ArticleGraph> Articles(int articles, int quotesPerArticle, string prefix = "synthetic")
    {
        var states = Isos.Select(iso => new State(NodeIds.State(iso), "State " + iso, [], null, [])).ToList();
        var graphs = new List<ArticleGraph>();
        for (var a = 0; a < articles; a++)
        {
            var text = $"{prefix} article {a}. " + string.Join(' ', Enumerable.Range(0, quotesPerArticle).Select(q => $"\"Words {a}-{q}.\""));
            var article = new Article(NodeIds.Article($"https://example.test/{prefix}/{a}", text), $"https://example.test/{prefix}/{a}",
                $"{prefix} title {a}", "Example Wire", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(a),
                DateTimeOffset.UnixEpoch, 10, NodeIds.Sha256Hex(text), text);
            var entities = new List<Entity>(states);
            var quotes = new List<Quote>();
            var reports = new List<QuoteReport>();
            var targets = new List<QuoteTarget>();
            for (var q = 0; q < quotesPerArticle; q++)
            {
                var person = new Person(NodeIds.Person($"{prefix} speaker {a * quotesPerArticle + q}"), $"{prefix} Speaker {a * quotesPerArticle + q}", [], ["minister"]);
                entities.Add(person);
                var words = $"Words {a}-{q}.";
                var quote = new Quote(NodeIds.Quote(person.Id, words), words, QuoteKind.Direct, 0.9, person.Id, null);
                quotes.Add(quote);
                var start = text.IndexOf(words, StringComparison.Ordinal);
                reports.Add(new QuoteReport(quote.Id, article.Id, new TextSpan(start, start + words.Length), null, null));
                targets.Add(new QuoteTarget(quote.Id, states[q % states.Count].Id, 1.0));
                targets.Add(new QuoteTarget(quote.Id, states[(q + 1) % states.Count].Id, 0.5));
            }
            var mentions = states.Select(s => new Mention(article.Id, s.Id, 1, [new TextSpan(0, 1)])).ToList();
            graphs.Add(new ArticleGraph(article, entities, mentions, quotes, reports, targets, [], []));
        }
        return graphs;
    }
}
