using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// "Some party figures declared that …", "other advocates said …", "officials in both states say …": a plural in -s that
/// is also a verb form ("figures", "advocates", "states", "estimates") heads the subject when a verb of saying or
/// thinking without -s ("said", "declared", "say") follows it, after at most a few adverbs or auxiliaries. It is then
/// neither a cue of its own nor the verb that ends the source phrase.
/// </summary>
public static class PluralNounHead
{
    private const int MaxBetween = 3;

    private static readonly WordSet Between = new(
        ["also", "have", "had", "now", "all", "still", "long", "never", "often", "will", "would", "could", "may", "might", "did", "do", "not", "generally", "both"]);

    /// <summary>Whether the lower-case word at <paramref name="k"/> is a plural noun heading the subject of the verb after it.</summary>
    public static bool Is(Document doc, int k, int limit)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word || t.IsCapitalized) return false;
        var w = doc.Word(k);
        if (w.Length < 4 || w[^1] != 's' || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return false;
        for (var j = k + 1; j < limit && j - k <= MaxBetween + 1; j++)
        {
            var u = doc.Tokens[j];
            if (u.Kind != TokenKind.Word || u.IsCapitalized) return false;
            var x = doc.Word(j);
            if (Between.Contains(x) || x.Length > 3 && x.EndsWith("ly", StringComparison.Ordinal)) continue;
            // A plural subject takes "say", "said", "declared", never "says" or "claims"; a participle in -ing is no finite verb.
            return x[^1] != 's' && !x.EndsWith("ing", StringComparison.Ordinal) && (SpeechCues.Verbs.Contains(x) || IndirectCues.ThatVerbs.Contains(x));
        }
        return false;
    }
}
