using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Quotes;

public sealed class QuoteKindType : EnumerationGraphType<QuoteKind>
{
    public QuoteKindType()
    {
        Name = "QuoteKind";
        Description = "DIRECT: a whole utterance in quotation marks; PARTIAL: a quoted fragment inside reported speech; INDIRECT: reported speech.";
    }
}
