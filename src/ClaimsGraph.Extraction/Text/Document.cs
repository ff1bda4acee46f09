using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Mentions;

namespace ClaimsGraph.Extraction.Text;

/// <summary>The working state of one extraction: the text, its tokens and sentences, and what the stages found so far.</summary>
public sealed class Document
{
    public Document(string text, bool doubleApostropheQuotes = false)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text, doubleApostropheQuotes, singleQuotes: !doubleApostropheQuotes && QuoteConvention.UsesSingleMarks(text));
        Sentences = SentenceSplitter.Split(text, Tokens);
        SentenceOf = new int[Tokens.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            for (var t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++) SentenceOf[t] = s;
        }
        InQuote = new bool[Tokens.Count];
    }

    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }
    public int[] SentenceOf { get; }

    /// <summary>Tokens inside quotation marks (set by the quote stage; used to keep quoted words out of coreference).</summary>
    public bool[] InQuote { get; }

    /// <summary>Entity mentions in token order.</summary>
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Index from token to the mention covering it, or -1; built by <see cref="IndexMentions"/>.</summary>
    public int[] MentionAt { get; private set; } = [];

    public Dictionary<string, PersonInfo> People { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Entity> OtherEntities { get; } = new(StringComparer.Ordinal);
    public List<Affiliation> Affiliations { get; } = [];

    /// <summary>Person ids by the name as written: making a slug folds accents, which is too slow to repeat per mention.</summary>
    public Dictionary<string, string> PersonIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Speakers resolved so far, by the token of their source phrase: "he said" usually continues the last one.</summary>
    public List<(int Token, string PersonId)> SpeakerTrail { get; } = [];

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool WordIs(int token, string value) =>
        token >= 0 && token < Tokens.Count && Word(token).Equals(value, StringComparison.OrdinalIgnoreCase);

    public char CharAt(int token) => Text[Tokens[token].Start];

    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Punct && Text[Tokens[token].Start] == c;

    public TextSpan SpanOf(int firstToken, int endToken) => new(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    public string TextOf(int firstToken, int endToken) => Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    public void IndexMentions()
    {
        Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        // The mention stage indexes twice (before and after short names resolve): the second time reuses the array.
        if (MentionAt.Length != Tokens.Count) MentionAt = new int[Tokens.Count];
        Array.Fill(MentionAt, -1);
        for (var m = 0; m < Mentions.Count; m++)
        {
            for (var t = Mentions[m].FirstToken; t < Mentions[m].EndToken; t++) MentionAt[t] = m;
        }
    }

    public string NameOf(string entityId) =>
        People.TryGetValue(entityId, out var p) ? p.Name : OtherEntities.TryGetValue(entityId, out var e) ? e.Name : entityId;
}
