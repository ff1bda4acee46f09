using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>Relay's refetch entry points.</summary>
public static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any node by its id; null when nothing has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Node(NodeIdArguments.RequireKnown(c.GetArgument<string>("id"), "id", NodeIdArguments.NodeIdTypes)));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Nodes by id, in the order asked; null where nothing has the id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                    throw ClientError.BadUserInput($"'ids' holds {ids.Count} ids; at most {Paging.MaxPageSize} at once.");
                var loaders = c.Loaders();
                return DataLoaderResults.All(ids.Select(id => loaders.Node(NodeIdArguments.RequireKnown(id, "ids", NodeIdArguments.NodeIdTypes))).ToList());
            });
    }

    /// <summary>A typed lookup (person(id), state(id) …): the node, or a NOT_FOUND error on the field.</summary>
    public static IDataLoaderResult<T> RequireFound<T>(this IDataLoaderResult<T?> load, string id) where T : class =>
        load.Then(value => value ?? throw ClientError.NotFound(id));
}
