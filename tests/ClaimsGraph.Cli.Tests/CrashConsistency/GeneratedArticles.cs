using System.Text;

namespace ClaimsGraph.Cli.Tests.CrashConsistency;

/// <summary>
/// Writes a folder of synthetic news articles (deterministic from a seed) whose speakers, countries and
/// organisations recur across articles, so that shared nodes and orphan cleanup are exercised.
/// </summary>
public static class GeneratedArticles
{
    private static readonly string[] Speakers =
    [
        "President Emmanuel Macron", "Chancellor Olaf Scholz", "Prime Minister Fumio Kishida", "Senator Elizabeth Warren",
        "Secretary of State Antony Blinken", "President Joe Biden", "Prime Minister Justin Trudeau", "Mayor Anne Hidalgo",
    ];

    private static readonly string[] Places = ["France", "Germany", "Japan", "Canada", "Brazil", "India", "Kenya", "Mexico"];

    private static readonly string[] Claims =
    [
        "We will not accept these tariffs", "The talks were constructive", "This budget protects families",
        "Our border is secure", "The election was fair", "Nobody is above the law", "Prices will come down next year",
    ];

    public static IReadOnlyList<string> Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var place = Places[random.Next(Places.Length)];
            text.Append($"Leaders meet over trade with {place} (report {i})\n\n");
            for (var p = 0; p < 12; p++)
            {
                var speaker = Speakers[random.Next(Speakers.Length)];
                var other = Places[random.Next(Places.Length)];
                var claim = Claims[random.Next(Claims.Length)];
                text.Append($"{speaker} said on Monday, \"{claim} for {other}, and I mean it number {i}-{p}.\" ");
                text.Append($"Officials in {place} said the agreement with {other} would be reviewed by the United Nations. ");
                text.Append($"\"{claim},\" {speaker.Split(' ')[^1]} told reporters in {place}.\n\n");
            }
            var path = Path.Combine(folder, $"{i:D4}.txt");
            File.WriteAllText(path, text.ToString());
            files.Add(path);
        }
        return files;
    }
}
