using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Relationships;

/// <summary>One speaker's quotes about the subject asked in <c>whoSaidAbout</c>.</summary>
public sealed record SpeakerQuotes(string SubjectId, string SpeakerId, int Count);

public sealed class SpeakerQuotesType : ObjectGraphType<SpeakerQuotes>
{
    public SpeakerQuotesType()
    {
        Name = "SpeakerQuotes";
        Field<NonNullGraphType<EntityInterface>>("speaker").Resolve(c => c.Loaders().Entities.ValueOrLoad(c.Source.SpeakerId));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many quotes the speaker gave about the subject.")
            .Resolve(c => c.Source.Count);
        this.QuoteConnection("quotes", "The speaker's quotes about the subject, newest first.",
            c => new QuoteFilter { SpeakerId = c.Source.SpeakerId, AboutId = c.Source.SubjectId });
    }
}
