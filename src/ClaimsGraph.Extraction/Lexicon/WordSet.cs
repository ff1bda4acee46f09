namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>A set of words looked up by span, so testing a token allocates nothing.</summary>
/// <remarks>
/// Most tokens of a text are in none of the small sets the stages ask about, so a lookup first checks the word's length
/// and first letter against masks of the set's words and hashes only when both could match: hashing was a tenth of the
/// pipeline's time (docs/extraction-history.md, "Speed, run by run").
/// </remarks>
public sealed class WordSet
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _lengths;
    private readonly ulong _firstLetters;

    public WordSet(IEnumerable<string> words, bool ignoreCase = true)
    {
        _set = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _set)
        {
            _lengths |= 1UL << Math.Min(w.Length, 63);
            if (w.Length > 0) _firstLetters |= FirstLetterBit(w[0]);
        }
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        (_lengths & 1UL << Math.Min(word.Length, 63)) != 0
        && (word.IsEmpty || (_firstLetters & FirstLetterBit(word[0])) != 0)
        && _lookup.Contains(word);

    public int Count => _set.Count;

    /// <summary>
    /// One bit per ASCII letter or digit, the same for both cases; every bit for any other character, since ordinal
    /// case folding can map one outside ASCII onto a letter ("ı" and "I").
    /// </summary>
    private static ulong FirstLetterBit(char c) => c < 128 ? 1UL << ((c | 0x20) & 63) : ulong.MaxValue;
}
