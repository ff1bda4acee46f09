using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>Relay's <c>Node</c>: anything with a globally unique, refetchable id (the store's readable ids).</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, refetchable through node(id). Ids are readable: person:rahm-emanuel, state:JP.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
