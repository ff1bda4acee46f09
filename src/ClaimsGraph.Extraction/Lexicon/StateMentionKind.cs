namespace ClaimsGraph.Extraction.Lexicon;

public enum StateMentionKind : byte
{
    Name,
    Demonym,
    /// <summary>A capital, which stands for its state only in some contexts ("claimed by Beijing", not "a summit in Washington").</summary>
    Capital,
}
