namespace ClaimsGraph.Extraction.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    /// <summary>A quotation mark: “ ” " (and « » „), or ‘ ’ ' in an article that quotes with single marks.</summary>
    Quote,
}

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    /// <summary>First token of a paragraph (after a line break).</summary>
    ParagraphStart = 4,
    /// <summary>For quote marks: the mark can only open (“ „ « ‘).</summary>
    Opening = 8,
    /// <summary>For quote marks: the mark can only close (” » ’).</summary>
    Closing = 16,
    /// <summary>The possessive or contraction tail "’s" split from its word.</summary>
    Clitic = 32,
    /// <summary>Followed directly (no space) by the next token.</summary>
    Glued = 64,
}

/// <summary>One token: a half-open UTF-16 range of the original text, its kind and shape flags.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;
}
