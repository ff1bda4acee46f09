namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>A set of words looked up by span, so testing a token allocates nothing.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapeMask _mask;

    public WordSet(IEnumerable<string> words, bool ignoreCase = true)
    {
        _set = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        _mask = new WordShapeMask(_set);
    }

    public bool Contains(ReadOnlySpan<char> word) => _mask.MayContain(word) && _lookup.Contains(word);

    public int Count => _set.Count;
}
