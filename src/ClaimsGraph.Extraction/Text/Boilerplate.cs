namespace ClaimsGraph.Extraction.Text;

/// <summary>
/// Recognises link-bait and aggregator lines ("FOLLOW US ON GOOGLE NEWS", "Read original article here",
/// "Denial of responsibility! …", "Leave a Comment", a bare video timestamp "01:45"). Such lines are
/// skipped by the tokenizer; the text itself is never changed, so offsets stay those of the input.
/// </summary>
public static class Boilerplate
{
    // Lower-case prefixes of lines that are never article prose.
    private static readonly string[] Prefixes =
    [
        "follow us on", "read original article", "read the original article", "denial of responsibility",
        "leave a comment", "leave a reply", "click here", "sign up for", "subscribe to", "share this article",
        "share on facebook", "share on twitter", "advertisement", "related articles", "related:", "read more:",
        "read more at", "also read", "you may also like", "recommended for you", "this article was originally published",
        "all rights reserved", "copyright ©", "© copyright", "photo credit", "image source", "getty images",
    ];

    public static bool IsBoilerplateLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty) return false;
        if (IsTimestamp(line)) return true;
        foreach (var prefix in Prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"01:45", "1:02:33": a video player's duration left in the text.</summary>
    private static bool IsTimestamp(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 8) return false;
        var colons = 0;
        foreach (var c in line)
        {
            if (c == ':') colons++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        return colons is 1 or 2 && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[^1]);
    }
}
