namespace ClaimsGraph.Cli.Bench;

/// <summary>What one load run measured: how many calls, how fast, how many failed.</summary>
public sealed record LatencySummary(string Scenario, string Layer, int Requests, int Errors, double Seconds, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Seconds;

    public static LatencySummary From(string scenario, string layer, List<double> latenciesMs, int errors, double seconds)
    {
        latenciesMs.Sort();
        double Percentile(double p) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Clamp((int)Math.Ceiling(p * latenciesMs.Count) - 1, 0, latenciesMs.Count - 1)];
        return new LatencySummary(scenario, layer, latenciesMs.Count, errors, seconds, Percentile(0.50), Percentile(0.99));
    }
}
