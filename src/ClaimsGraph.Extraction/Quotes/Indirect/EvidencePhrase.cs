using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Polls and surveys named with more than plain words: "In a New York Times/CBS News survey released last Thursday, CLAUSE",
/// "In the latest Washington Post-ABC News poll, conducted in May, CLAUSE", "CLAUSE in a new Fox News poll released Thursday."
/// </summary>
public static class EvidencePhrase
{
    private const int MaxBeforeHead = 12;
    private const int MaxTail = 12;
    private const int MaxAside = 10;
    private const int MaxEndTail = 4;

    private static readonly WordSet Determiners = new(["a", "an", "the", "this", "that", "its", "their", "one", "each", "every", "two", "several", "recent", "national", "new"]);

    private static readonly WordSet TailOpeners = new(
    [
        "released", "conducted", "taken", "published", "last", "this", "earlier", "on", "in", "from",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    /// <summary>
    /// For "In" at the sentence start and its object opening at <paramref name="f"/>: the end of the source (after its head
    /// noun) and where the reported clause starts (after the comma closing the opener and a participle aside), or (-1, -1).
    /// </summary>
    public static (int SourceEnd, int ClauseStart) Opener(Document doc, int f, int limit)
    {
        // "In a … poll", "In the latest Marist poll", "In Gallup's survey"; not "In offering analysis of …".
        if (f >= limit || !(doc.Tokens[f].IsCapitalized || doc.Tokens[f].Kind == TokenKind.Number || Determiners.Contains(doc.Word(f)))) return (-1, -1);
        var head = Head(doc, f, limit);
        if (head < 0) return (-1, -1);
        var comma = -1;
        for (var k = head + 1; k < limit && k - head <= MaxTail; k++)
        {
            if (doc.IsPunct(k, ',')) { comma = k; break; }
            if (!InPhrase(doc, k)) return (-1, -1);
        }
        if (comma < 0) return (-1, -1);
        var start = ClauseStart(doc, comma, limit);
        return start < 0 ? (-1, -1) : (head + 1, start);
    }

    /// <summary>Where the clause starts after the comma closing a poll opener: past ", conducted in May," (a participle aside about the poll), or -1.</summary>
    public static int ClauseStart(Document doc, int comma, int limit)
    {
        var start = comma + 1;
        if (!IsLowerParticiple(doc, start, limit)) return start;
        for (var k = start + 1; k < limit && k - start <= MaxAside; k++)
        {
            if (doc.IsPunct(k, ',')) return k + 1;
            if (!InPhrase(doc, k)) return -1;
        }
        return -1;
    }

    /// <summary>For "in" after a clause: the end of the source when only a short tail ("released Sunday", "last month") follows it to the sentence end, or -1.</summary>
    public static int Closer(Document doc, int f, int limit)
    {
        // "doing better than in other polls": a comparison, not where the finding comes from.
        if (f - 2 >= 0 && (doc.WordIs(f - 2, "than") || doc.WordIs(f - 2, "as") || doc.WordIs(f - 2, "like"))) return -1;
        if (f >= limit || !(doc.Tokens[f].IsCapitalized || doc.Tokens[f].Kind == TokenKind.Number || Determiners.Contains(doc.Word(f)))) return -1;
        var head = Head(doc, f, limit);
        if (head < 0) return -1;
        var k = head + 1;
        var words = 0;
        if (k < limit && doc.Tokens[k].Kind == TokenKind.Word && !TailOpeners.Contains(doc.Word(k))) return -1;
        for (; k < limit; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind is TokenKind.Word or TokenKind.Number) { if (++words > MaxEndTail) return -1; continue; }
            if (!(doc.IsPunct(k, '.') || doc.IsPunct(k, '!'))) return -1;
        }
        return head + 1;
    }

    /// <summary>The first poll or survey word within a few tokens of <paramref name="f"/>, the phrase holding only words, numbers and glued marks ("Times/CBS", "Post-ABC").</summary>
    private static int Head(Document doc, int f, int limit)
    {
        for (var k = f; k < limit && k - f < MaxBeforeHead; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && IndirectCues.EvidenceHeads.Contains(doc.Word(k))) return k;
            if (t.Kind is TokenKind.Word or TokenKind.Number) continue;
            if (t.Kind != TokenKind.Punct || !(doc.IsPunct(k, '/') || doc.IsPunct(k, '-') || doc.IsPunct(k, '.')) || !t.Is(TokenFlags.Glued)) return -1;
        }
        return -1;
    }

    private static bool InPhrase(Document doc, int k)
    {
        var t = doc.Tokens[k];
        return t.Kind is TokenKind.Word or TokenKind.Number || t.Kind == TokenKind.Punct && (doc.IsPunct(k, '/') || doc.IsPunct(k, '-') || doc.IsPunct(k, '.')) && t.Is(TokenFlags.Glued);
    }

    private static bool IsLowerParticiple(Document doc, int k, int limit) =>
        k < limit && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).EndsWith("ed", StringComparison.Ordinal);
}
