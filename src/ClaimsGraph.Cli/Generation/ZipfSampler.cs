namespace ClaimsGraph.Cli.Generation;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few names dominate the news, a long
/// tail appears once or twice. A cumulative table and a binary search make each draw O(log n).
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
        for (var rank = 0; rank < count; rank++) _cumulative[rank] /= total;
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
