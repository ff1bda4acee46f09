using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// The four questions of the API benchmark, each with the store calls the GraphQL layer makes for it (the
/// same batch calls its data loaders issue), so the two layers return the same data. The subject is the
/// most quoted-about state and the path runs between the two most quoted people: the heaviest inputs.
/// </summary>
public static class BenchScenarios
{
    public static async Task<IReadOnlyList<BenchScenario>> CreateAsync(IClaimsStore store, CancellationToken cancellationToken)
    {
        var subjects = await store.TopSubjectsAsync(50, null, cancellationToken);
        var state = subjects.FirstOrDefault(s => s.EntityId.StartsWith("state:", StringComparison.Ordinal))?.EntityId
            ?? throw new InvalidOperationException("The store has no quotes about a state; run `claimsgraph generate` first.");
        var speakers = await store.TopSpeakersAsync(2, null, cancellationToken);
        if (speakers.Count < 2) throw new InvalidOperationException("The store needs at least two speakers.");
        var (from, to) = (speakers[0].EntityId, speakers[1].EntityId);
        Console.Error.WriteLine($"Inputs: subject {state}; path {from} -> {to}");

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
                    var entities = store.GetEntitiesAsync(speakerIds, ct);
                    var reports = await store.GetQuoteReportsAsync(quoteIds, ct);
                    await store.GetArticlesAsync(reports.Values.Select(r => r[0].ArticleId).Distinct().ToList(), ct);
                    await entities;
                }),
            new("whoSaidAbout",
                "query($s: ID!) { whoSaidAbout(subject: $s, first: 20) { speaker { id name } count } }",
                new { s = state },
                async ct =>
                {
                    var page = await store.WhoSaidAboutAsync(state, PageRequest.First(20), ct);
                    await store.GetEntitiesAsync(page.Items.Select(s => s.SpeakerId).ToList(), ct);
                }),
            new("path",
                "query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { from { id } relationship to { id } } }",
                new { a = from, b = to },
                async ct =>
                {
                    var steps = await store.FindPathAsync(from, to, 4, ct);
                    var ids = steps.SelectMany(s => new[] { s.FromId, s.ToId }).Distinct().ToList();
                    var quotes = store.GetQuotesAsync(ids.Where(id => id.StartsWith("quote:", StringComparison.Ordinal)).ToList(), ct);
                    await store.GetEntitiesAsync(ids.Where(id => !id.StartsWith("quote:", StringComparison.Ordinal)).ToList(), ct);
                    await quotes;
                }),
            new("topSpeakers",
                "{ topSpeakers(first: 10) { entity { id name } count } }",
                new { },
                async ct =>
                {
                    var top = await store.TopSpeakersAsync(10, null, ct);
                    await store.GetEntitiesAsync(top.Select(t => t.EntityId).ToList(), ct);
                }),
        ];
    }
}
