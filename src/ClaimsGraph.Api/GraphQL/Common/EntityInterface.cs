using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>What quotes are said by and about: a person, state, organisation or event.</summary>
public sealed class EntityInterface : InterfaceGraphType
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A person, state, organization or event: what quotes are said by and about.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases");
    }
}
