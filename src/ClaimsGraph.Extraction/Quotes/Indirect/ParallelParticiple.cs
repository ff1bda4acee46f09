using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "…, calling the plan a failure and vowing to repeal it", "by praising the mayor and by ignoring the council": a participle
/// cue's object ends before "and" + a second participle, a second act of the same subject, no part of what the first reports.
/// </summary>
public static class ParallelParticiple
{
    /// <summary>The end of the object reported by the participle <paramref name="cue"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static int End(Document doc, int cue, int start, int end)
    {
        // "talking about health care and getting money out of politics": after a preposition the gerunds are one object.
        if (!IsParticiple(doc, cue) || start > cue + 1 && IndirectCues.ContentPrepositions.Contains(doc.Word(start - 1))) return end;
        for (var j = start + 1; j + 2 < end; j++)
        {
            if (!doc.WordIs(j, "and")) continue;
            var next = doc.WordIs(j + 1, "by") && j + 3 < end ? j + 2 : j + 1;
            // "jobs and housing.": a noun in -ing ends the object; a participle takes one of its own.
            if (IsParticiple(doc, next) && doc.Tokens[next + 1].Kind is TokenKind.Word or TokenKind.Number) return ReportedClause.TrimEnd(doc, start, j);
        }
        return end;
    }

    private static bool IsParticiple(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).Length > 5 && doc.Word(k).EndsWith("ing", StringComparison.Ordinal);
}
