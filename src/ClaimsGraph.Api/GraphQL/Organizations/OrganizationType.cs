using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Events;
using ClaimsGraph.Api.GraphQL.People;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Organizations;

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        this.AddEntityFields("An organisation: government body, military, party, international body, company, media.");
        Field<StringGraphType>("kind").Description("GOVERNMENT, MILITARY, PARTY, INTERNATIONAL, COMPANY, MEDIA …")
            .Resolve(c => c.Source.Kind);
        this.AffiliatedPeopleConnection("People affiliated with the organisation, by name.");
        this.QuoteConnection("quotes", "Statements attributed to the organisation.", c => new QuoteFilter { SpeakerId = c.Source.Id });
        this.QuoteConnection("quotesAbout", "What was said about the organisation.", c => new QuoteFilter { AboutId = c.Source.Id });
        this.EventConnection("events", "Events the organisation took part in.");
    }
}
