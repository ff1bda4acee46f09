using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Organizations;
using ClaimsGraph.Api.GraphQL.States;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.People;

/// <summary>A role a person holds with a state or an organisation.</summary>
public sealed class AffiliationType : ObjectGraphType<Affiliation>
{
    public AffiliationType()
    {
        Name = "Affiliation";
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => c.Source.Role);
        Field<PersonType>("person").Resolve(c => c.Loaders().Entities.Load(c.Source.PersonId));
        Field<EntityInterface>("target").Description("The state or organisation.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId));
        Field<OrganizationType>("organization").Description("The target when it is an organisation.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId).Then(e => e as Organization));
        Field<StateType>("state").Description("The target when it is a state.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId).Then(e => e as State));
    }
}
