using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Storage.Tests.Contract;

/// <summary>
/// A small hand-made news world the read-side contract tests query: three articles (two dated, one not),
/// four people, three states, one organisation, two events, seven quotes (one reported by two articles,
/// one anonymous). The expected answers in the tests are worked out from this file.
/// </summary>
public static class TestWorld
{
    public const string Emanuel = "person:rahm-emanuel", Kishida = "person:fumio-kishida", Wang = "person:wang-yi", Muller = "person:hans-muller";
    public const string US = "state:US", JP = "state:JP", CN = "state:CN", UN = "organization:united-nations";
    public const string Visit = "event:visit-fumio-kishida-us-2024-04-10", Summit = "event:summit-wang-yi-2024";
    public const string QA = "quote:a", QB = "quote:b", QC = "quote:c", QD = "quote:d", QE = "quote:e", QF = "quote:f", QG = "quote:g";

    public static readonly DateTimeOffset A1Published = TestGraphBuilder.Day(2024, 4, 10); // a Wednesday
    public static readonly DateTimeOffset A2Published = TestGraphBuilder.Day(2024, 5, 20); // a Monday

    public static ArticleGraph A1 => new TestGraphBuilder("a1", "Emanuel in Tokyo, the first article.", "Émanuel in Tokyo", "Nikkei", A1Published)
        .Person(Emanuel, "Rahm Emanuel", mentions: 3, aliases: ["Ambassador Emanuel"], roles: ["Ambassador"])
        .Person(Kishida, "Fumio Kishida", mentions: 2, roles: ["Prime Minister"])
        .State(US, "United States").State(JP, "Japan", mentions: 4).State(CN, "China")
        .Quote(QA, "We are literally in the first chapter writing a new era.", Emanuel, [JP, US], QuoteKind.Direct, 0.9)
        .Quote(QB, "China is much more assertive.", Emanuel, [CN], QuoteKind.Direct, 0.8, start: 100)
        .Quote(QC, "Japan stands with its allies.", Kishida, [US, JP], QuoteKind.Partial, 0.6, start: 200)
        .Affiliation(Emanuel, US, "Ambassador").Affiliation(Kishida, JP, "Prime Minister")
        .Event(Visit, "VISIT", "Kishida visits the United States", "2024-04-10", US, (Kishida, "GUEST"), (US, "HOST"))
        .Build();

    public static ArticleGraph A2 => new TestGraphBuilder("a2", "Beijing responds, the second article.", "Beijing responds", "Reuters", A2Published)
        .Person(Wang, "Wang Yi", mentions: 2).Person(Emanuel, "Rahm Emanuel", aliases: ["Ambassador Emanuel"], roles: ["Ambassador"])
        .State(CN, "China", mentions: 5).State(JP, "Japan").State(US, "United States")
        .Quote(QB, "China is much more assertive.", Emanuel, [CN], QuoteKind.Direct, 0.8, start: 50)
        .Quote(QD, "The United States should stop interfering.", Wang, [US, CN], QuoteKind.Indirect, 0.5)
        .Quote(QE, "Talks are stalled.", null, [CN], QuoteKind.Direct, 0.4)
        .Quote(QG, "Beijing must respect the rules.", Emanuel, [CN], QuoteKind.Direct, 0.7)
        .Affiliation(Wang, CN, "Foreign Minister")
        .Event(Summit, "SUMMIT", "Wang Yi summit", "2024", CN, (Wang, "HOST"))
        .Build();

    public static ArticleGraph A3 => new TestGraphBuilder("a3", "Notes from Zurich, undated.", "Zürich notes", null, null)
        .Person(Muller, "Hans Müller").Person(Kishida, "Fumio Kishida", roles: ["Prime Minister"])
        .Organization(UN, "United Nations", kind: "INTERNATIONAL").State(JP, "Japan")
        .Quote(QF, "Zürich is calm about Kishida.", Muller, [Kishida], QuoteKind.Direct, 0.3)
        .Affiliation(Kishida, JP, "Prime Minister")
        .Build();

    public static IReadOnlyList<ArticleGraph> All => [A1, A2, A3];
}
