using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Relationships;

/// <summary>One typed step of a path: Emanuel —SAID→ quote, quote —ABOUT→ China.</summary>
public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Field<NodeInterface>("from").Resolve(c => c.Loaders().Node(c.Source.FromId));
        Field<NonNullGraphType<RelationshipTypeType>>("relationship").Resolve(c => c.Source.Relationship);
        Field<NodeInterface>("to").Resolve(c => c.Loaders().Node(c.Source.ToId));
    }
}

public sealed class RelationshipTypeType : EnumerationGraphType<RelationshipType>
{
    public RelationshipTypeType()
    {
        Name = "RelationshipType";
        Description = "The relationship types of the graph model.";
    }
}
