using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// "in Columbus, Ohio, said", "in Salem, New Hampshire, Trump …": a state after a town closes a place, so it is
/// neither the speaker nor the start of the subject (states from <see cref="UsStates"/>, countries from the mentions).
/// </summary>
public static partial class QuoteAttributor
{
    /// <summary>The first token of a US state name (or a country mention) ending right before <paramref name="end"/>, or -1.</summary>
    private static int PlaceNameEndingAt(Document doc, int end)
    {
        var last = end - 1;
        if (last < 0 || doc.Tokens[last].Kind != TokenKind.Word || !doc.Tokens[last].IsCapitalized) return -1;
        if (doc.MentionAt[last] >= 0 && doc.Mentions[doc.MentionAt[last]] is { Kind: Mentions.MentionKind.State } m && m.EndToken == end) return m.FirstToken;
        return UsStates.NameEndingAt(doc, end);
    }

    /// <summary>", Ohio," right after a capitalised town: the state that closes a place ("in Columbus, Ohio, said").</summary>
    private static bool IsStateAfterTown(Document doc, int f, int e)
    {
        if (PlaceNameEndingAt(doc, e) != f || f < 2 || !doc.IsPunct(f - 1, ',')) return false;
        var town = doc.Tokens[f - 2];
        return town.Kind == TokenKind.Word && town.IsCapitalized;
    }

    /// <summary>The end of a US state name (or country mention) starting at <paramref name="k"/> and followed by a comma, or -1.</summary>
    private static int StateBeforeCommaFrom(Document doc, int k)
    {
        for (var end = k + 1; end <= k + 2 && end < doc.Tokens.Count; end++)
            if (doc.IsPunct(end, ',') && PlaceNameEndingAt(doc, end) == k) return end;
        return -1;
    }
}
