using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// Longest-match lookup of multi-word phrases over tokens, keyed by the first word through a span-keyed
/// hash table so matching allocates nothing. Phrases are tokenized with the same <see cref="Tokenizer"/>
/// as the text, so "Washington D.C." and "People's Republic of China" match as the text tokenizes them.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst;
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;
    private readonly WordShapeMask _firstWords;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byFirst = new Dictionary<string, List<(string[], T)>>(comparer);
        foreach (var (phrase, value) in phrases)
        {
            var words = Words(phrase);
            if (words.Length == 0) continue;
            if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
            if (list.Any(p => p.Words.AsSpan().SequenceEqual(words, comparer))) continue; // first value wins
            list.Add((words, value));
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new WordShapeMask(_byFirst.Keys);
    }

    public static string[] Words(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return tokens.Where(t => t.Kind != TokenKind.Quote).Select(t => phrase[t.Start..t.End]).ToArray();
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/> (not crossing <paramref name="limit"/>): its token count, or 0.</summary>
    public int Match(string text, List<Token> tokens, int i, int limit, out T value)
    {
        value = default!;
        if (i >= limit || i >= tokens.Count) return 0;
        var first = tokens[i];
        var word = text.AsSpan(first.Start, first.Length);
        if (!_firstWords.MayContain(word) || !_lookup.TryGetValue(word, out var candidates)) return 0;
        foreach (var (words, v) in candidates)
        {
            if (i + words.Length > limit) continue;
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = text.AsSpan(t.Start, t.Length).Equals(words[k], _comparison);
            }
            if (!ok) continue;
            value = v;
            return words.Length;
        }
        return 0;
    }

    public bool ContainsFirstWord(ReadOnlySpan<char> word) => _firstWords.MayContain(word) && _lookup.ContainsKey(word);
}
