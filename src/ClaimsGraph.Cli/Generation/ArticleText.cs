using System.Text;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Cli.Generation;

/// <summary>The text of a generated article as it is written, remembering where each entity is mentioned.</summary>
public sealed class ArticleText
{
    private readonly StringBuilder _text = new();

    public Dictionary<string, List<TextSpan>> Mentions { get; } = new(StringComparer.Ordinal);

    public TextSpan Append(string value)
    {
        var start = _text.Length;
        _text.Append(value);
        return new TextSpan(start, _text.Length);
    }

    public TextSpan AppendMention(string entityId, string value)
    {
        var span = Append(value);
        Spans(entityId).Add(span);
        return span;
    }

    public void MentionWithin(string entityId, int start, int length) => Spans(entityId).Add(new TextSpan(start, start + length));

    /// <summary>An entity the article is about without a precise span (it is named inside a longer phrase).</summary>
    public void AddMentionOnly(string entityId) => Spans(entityId);

    public override string ToString() => _text.ToString();

    private List<TextSpan> Spans(string entityId)
    {
        if (!Mentions.TryGetValue(entityId, out var spans)) Mentions[entityId] = spans = [];
        return spans;
    }
}
