using ClaimsGraph.Domain.Ids;
using GraphQL;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>Reads id arguments and refuses ids of the wrong kind before the store is asked.</summary>
public static class NodeIdArguments
{
    private static readonly HashSet<string> KnownTypes = ["person", "state", "organization", "event", "quote", "article"];
    private static readonly HashSet<string> EntityTypes = ["person", "state", "organization", "event"];

    /// <summary>The argument's id, which must start with <paramref name="type"/> + ':' (e.g. "person").</summary>
    public static string GetId(this IResolveFieldContext context, string argument, string type)
    {
        var id = context.GetArgument<string>(argument);
        if (NodeIds.TypeOf(id) != type || id.Length <= type.Length + 1)
            throw ClientError.BadUserInput($"'{argument}' must be a {type} id such as '{Example(type)}', not '{id}'.");
        return id;
    }

    /// <summary>Any node id (known prefix), or null when the argument is absent.</summary>
    public static string? GetNodeId(this IResolveFieldContext context, string argument) =>
        context.GetArgument<string?>(argument) is { } id ? RequireKnown(id, argument, KnownTypes) : null;

    /// <summary>An entity id (person, state, organization, event), or null when the argument is absent.</summary>
    public static string? GetEntityId(this IResolveFieldContext context, string argument) =>
        context.GetArgument<string?>(argument) is { } id ? RequireKnown(id, argument, EntityTypes) : null;

    public static string RequireKnown(string id, string argument, IReadOnlySet<string> types)
    {
        if (!types.Contains(NodeIds.TypeOf(id)))
            throw ClientError.BadUserInput(
                $"'{argument}' is not an id of this graph: '{id}' (ids look like person:rahm-emanuel, state:CN, quote:…).");
        return id;
    }

    public static IReadOnlySet<string> EntityIdTypes => EntityTypes;

    public static IReadOnlySet<string> NodeIdTypes => KnownTypes;

    private static string Example(string type) => type switch
    {
        "person" => "person:rahm-emanuel",
        "state" => "state:JP",
        "organization" => "organization:white-house",
        "event" => "event:summit-jp-us-2024-04-10",
        _ => type + ":0123456789abcdef",
    };
}
