using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Events;
using ClaimsGraph.Api.GraphQL.People;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.States;

public sealed class StateType : ObjectGraphType<State>
{
    public StateType()
    {
        Name = "State";
        this.AddEntityFields("A country (id state:<ISO 3166-1 alpha-2>). Capitals used as metonyms (\"Beijing said\") count as the state.");
        Field<NonNullGraphType<StringGraphType>>("isoCode").Resolve(c => c.Source.IsoCode);
        Field<StringGraphType>("officialName").Resolve(c => c.Source.OfficialName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("demonyms").Resolve(c => c.Source.Demonyms);
        this.AffiliatedPeopleConnection("People affiliated with the state, by name.");
        this.QuoteConnection("quotesAbout", "What was said about the state.", c => new QuoteFilter { AboutId = c.Source.Id });
        this.QuoteConnection("quotes", "Statements attributed to the state itself (\"Beijing said\").",
            c => new QuoteFilter { SpeakerId = c.Source.Id });
        this.EventConnection("events", "Events the state took part in or that happened there.");
    }
}
