namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// The lengths and first letters of a set of words, as two bit masks: a word whose length or first letter no word of
/// the set has cannot be in it, which is decided without hashing. Most tokens of a text are in none of the small sets
/// the stages ask about, and hashing was a tenth of the pipeline's time (docs/extraction.md, "Speed").
/// </summary>
public readonly struct WordShapeMask
{
    private readonly ulong _lengths;
    private readonly ulong _firstLetters;

    public WordShapeMask(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            _lengths |= 1UL << Math.Min(w.Length, 63);
            if (w.Length > 0) _firstLetters |= FirstLetterBit(w[0]);
        }
    }

    /// <summary>False when <paramref name="word"/> is surely not in the set; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        (_lengths & 1UL << Math.Min(word.Length, 63)) != 0
        && (word.IsEmpty || (_firstLetters & FirstLetterBit(word[0])) != 0);

    /// <summary>
    /// One bit per ASCII letter or digit, the same for both cases; every bit for any other character, since ordinal
    /// case folding can map one outside ASCII onto a letter.
    /// </summary>
    private static ulong FirstLetterBit(char c) => c < 128 ? 1UL << ((c | 0x20) & 63) : ulong.MaxValue;
}
