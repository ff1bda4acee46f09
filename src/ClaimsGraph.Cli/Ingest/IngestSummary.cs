using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Cli.Ingest;

/// <summary>What a bulk ingest did: counts by outcome and, for each failure, where and why.</summary>
public sealed class IngestSummary
{
    private readonly List<(string Origin, string Reason)> failures = [];

    public int Created { get; private set; }
    public int Unchanged { get; private set; }
    public int Replaced { get; private set; }
    public int Failed => failures.Count;
    public int Total => Created + Unchanged + Replaced + Failed;
    public IReadOnlyList<(string Origin, string Reason)> Failures => failures;

    public void Add(UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.Created: Created++; break;
            case UpsertOutcome.Replaced: Replaced++; break;
            case UpsertOutcome.Unchanged: Unchanged++; break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), "Failures are added with a reason.");
        }
    }

    public void Fail(string origin, string reason) => failures.Add((origin, reason));
}
