using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Api.GraphQL.Quotes;

/// <summary>The <c>where</c> argument of <c>quotes</c>, as the client sends it.</summary>
public sealed class QuoteWhere
{
    public string? Speaker { get; set; }
    public string? About { get; set; }
    public string? Article { get; set; }
    public QuoteKind? Kind { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? PublishedAfter { get; set; }
    public DateTimeOffset? PublishedBefore { get; set; }
    public double? MinConfidence { get; set; }
}
