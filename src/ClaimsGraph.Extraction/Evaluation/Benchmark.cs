using System.Diagnostics;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Evaluation;

/// <summary>
/// Whole-pipeline throughput on one thread: a warm-up round, then several timed rounds over the same
/// texts; reports the median words per second and the median bytes allocated per article
/// (GC.GetAllocatedBytesForCurrentThread).
/// </summary>
public static class Benchmark
{
    public sealed record Result(int Articles, long Words, long Chars, int Rounds, double MedianSeconds, double WordsPerSecond, double MedianBytesPerArticle, double[] RoundSeconds, double MedianCpuSeconds, double WordsPerCpuSecond);

    public static Result Run(IArticleExtractor extractor, IReadOnlyList<string> texts, int rounds, int warmupRounds = 3)
    {
        long words = 0, chars = 0;
        foreach (var t in texts) { words += WordCounter.Count(t); chars += t.Length; }
        for (var w = 0; w < warmupRounds; w++) foreach (var t in texts) extractor.Extract(t);
        var seconds = new double[rounds];
        var cpu = new double[rounds];
        var bytes = new double[rounds];
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var t in texts) extractor.Extract(t);
            sw.Stop();
            process.Refresh();
            cpu[r] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            seconds[r] = sw.Elapsed.TotalSeconds;
            bytes[r] = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / Math.Max(1, texts.Count);
        }
        var median = Median(seconds);
        var medianCpu = Median(cpu);
        return new Result(texts.Count, words, chars, rounds, median, median > 0 ? words / median : 0, Median(bytes), seconds,
            medianCpu, medianCpu > 0 ? words / medianCpu : 0);
    }


    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
