using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// The four questions of the API benchmark, each with the store calls the GraphQL layer makes for it (the
/// same batch calls its data loaders issue), shaped as the GraphQL response, so every layer returns the same data. The subject is the
/// most quoted-about state and the path runs between the two most quoted people: the heaviest inputs.
/// </summary>
public static class BenchScenarios
{
    public static async Task<IReadOnlyList<BenchScenario>> CreateAsync(IClaimsStore store, CancellationToken cancellationToken)
    {
        var subjects = await store.TopSubjectsAsync(50, null, cancellationToken);
        var state = subjects.FirstOrDefault(s => s.EntityId.StartsWith("state:", StringComparison.Ordinal))?.EntityId
            ?? throw new InvalidOperationException("The store has no quotes about a state; run `claimsgraph generate` first.");
        // Every speaker, most quoted first: the two at the top are the busiest pair, the two at the bottom the rarest.
        var speakers = await store.TopSpeakersAsync(int.MaxValue, null, cancellationToken);
        if (speakers.Count < 4) throw new InvalidOperationException("The store needs at least four speakers.");
        var (from, to) = (speakers[0].EntityId, speakers[1].EntityId);
        var (rareFrom, rareTo) = (speakers[^1].EntityId, speakers[^2].EntityId);
        Console.Error.WriteLine($"Inputs: subject {state}; path {from} -> {to}; pathRare {rareFrom} -> {rareTo}");

        return
        [
            new("quotesAboutState",
                "query($s: ID!) { quotes(about: $s, first: 20) { edges { node { id text speaker { id name } article { id title publishedAt } } } } }",
                new { s = state },
                async ct =>
                {
                    var page = await store.FindQuotesAsync(new QuoteFilter { AboutId = state }, [], PageRequest.First(20), ct);
                    var speakerIds = page.Items.Select(q => q.SpeakerId).OfType<string>().Distinct().ToList();
                    var quoteIds = page.Items.Select(q => q.Id).ToList();
                    var speakersTask = store.GetEntitiesAsync(speakerIds, ct);
                    var reports = await store.GetQuoteReportsAsync(quoteIds, ct);
                    var articles = await store.GetArticlesAsync(reports.Values.Select(r => r[0].ArticleId).Distinct().ToList(), ct);
                    var speakers = await speakersTask;
                    object Article(string quoteId)
                    {
                        var article = articles[reports[quoteId][0].ArticleId];
                        return new { id = article.Id, title = article.Title, publishedAt = article.PublishedAt };
                    }
                    return new
                    {
                        quotes = new
                        {
                            edges = page.Items.Select(q => new
                            {
                                node = new
                                {
                                    id = q.Id,
                                    text = q.Text,
                                    speaker = q.SpeakerId is null ? null : new { id = q.SpeakerId, name = speakers[q.SpeakerId].Name },
                                    article = Article(q.Id),
                                },
                            }).ToList(),
                        },
                    };
                }),
            new("whoSaidAbout",
                "query($s: ID!) { whoSaidAbout(subject: $s, first: 20) { speaker { id name } count } }",
                new { s = state },
                async ct =>
                {
                    var page = await store.WhoSaidAboutAsync(state, PageRequest.First(20), ct);
                    var speakers = await store.GetEntitiesAsync(page.Items.Select(s => s.SpeakerId).ToList(), ct);
                    return new
                    {
                        whoSaidAbout = page.Items.Select(s => new { speaker = new { id = s.SpeakerId, name = speakers[s.SpeakerId].Name }, count = s.QuoteCount }).ToList(),
                    };
                }),
            PathScenario(store, "path", from, to),
            PathScenario(store, "pathRare", rareFrom, rareTo),
            new("topSpeakers",
                "{ topSpeakers(first: 10) { entity { id name } count } }",
                new { },
                async ct =>
                {
                    var top = await store.TopSpeakersAsync(10, null, ct);
                    var entities = await store.GetEntitiesAsync(top.Select(t => t.EntityId).ToList(), ct);
                    return new
                    {
                        topSpeakers = top.Select(t => new { entity = new { id = t.EntityId, name = entities[t.EntityId].Name }, count = t.Count }).ToList(),
                    };
                }),
        ];
    }

    /// <summary>The shortest path between two people (at most 4 hops), with the nodes the GraphQL selection loads.</summary>
    private static BenchScenario PathScenario(IClaimsStore store, string name, string from, string to) =>
        new(name,
            "query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { from { id } relationship to { id } } }",
            new { a = from, b = to },
            async ct =>
            {
                var steps = await store.FindPathAsync(from, to, 4, ct);
                var ids = steps.SelectMany(s => new[] { s.FromId, s.ToId }).Distinct().ToList();
                var quotesTask = store.GetQuotesAsync(ids.Where(id => id.StartsWith("quote:", StringComparison.Ordinal)).ToList(), ct);
                var entities = await store.GetEntitiesAsync(ids.Where(id => !id.StartsWith("quote:", StringComparison.Ordinal)).ToList(), ct);
                var quotes = await quotesTask;
                string? Found(string id) => quotes.ContainsKey(id) || entities.ContainsKey(id) ? id : null;
                return new
                {
                    path = steps.Select(s => new
                    {
                        from = new { id = Found(s.FromId) }, relationship = s.Relationship.ToString(), to = new { id = Found(s.ToId) },
                    }).ToList(),
                };
            });
}
