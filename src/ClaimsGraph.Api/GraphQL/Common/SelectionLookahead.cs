using System.Runtime.CompilerServices;
using ClaimsGraph.Api.Execution;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// What a list or connection field's selection asks of each item (for connections: <c>edges { node { … } }</c>
/// and <c>nodes { … }</c>), fragments included, so the field can fetch those edges for all items in one go.
/// </summary>
public static class SelectionLookahead
{
    /// <summary>
    /// The names of the fields asked of each item. Kept per field node: a cached document's nodes serve every request
    /// that sends it, so the selection is walked once per document, not once per request.
    /// </summary>
    public static IReadOnlySet<string> NodeFieldNames(IResolveFieldContext context) =>
        Cached(NodeFieldNamesByField, context, CollectNodeFieldNames);

    /// <summary>
    /// Whether the field runs once per item of an enclosing list (<c>people { quotes { … } }</c>). There a
    /// prefetch would cost one store call per item, where the data loaders batch across all items: only a
    /// field that runs once per request should prefetch.
    /// </summary>
    public static bool IsInsideList(IResolveFieldContext context) =>
        context is ResultPath planned ? planned.IsInsideList : context.Path.Any(segment => segment is int);

    /// <summary>Whether the field's own selection (a list of objects) asks for the named field.</summary>
    public static bool Selects(IResolveFieldContext context, string name) =>
        Cached(SelectedFieldNamesByField, context, CollectSelectedFieldNames).Contains(name);

    private static readonly ConditionalWeakTable<GraphQLField, IReadOnlySet<string>> NodeFieldNamesByField = new();
    private static readonly ConditionalWeakTable<GraphQLField, IReadOnlySet<string>> SelectedFieldNamesByField = new();

    private static IReadOnlySet<string> Cached(
        ConditionalWeakTable<GraphQLField, IReadOnlySet<string>> byField, IResolveFieldContext context, Func<IResolveFieldContext, HashSet<string>> collect)
    {
        if (byField.TryGetValue(context.FieldAst, out var known)) return known;
        var names = collect(context);
        byField.AddOrUpdate(context.FieldAst, names);
        return names;
    }

    private static HashSet<string> CollectNodeFieldNames(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            var name = field.Name.StringValue;
            if (name == "nodes") Collect(context, field.SelectionSet, names);
            else if (name == "edges")
                foreach (var edgeField in Fields(context, field.SelectionSet))
                    if (edgeField.Name.StringValue == "node") Collect(context, edgeField.SelectionSet, names);
        }
        return names;
    }

    private static HashSet<string> CollectSelectedFieldNames(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, context.FieldAst.SelectionSet, names);
        return names;
    }

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? selection, HashSet<string> names)
    {
        foreach (var field in Fields(context, selection)) names.Add(field.Name.StringValue);
    }

    /// <summary>The fields of a selection set, looking through inline fragments and fragment spreads.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selection, int depth = 0)
    {
        if (selection is null || depth > 8) yield break;
        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(context, inline.SelectionSet, depth + 1)) yield return f;
                    break;
                case GraphQLFragmentSpread spread when FragmentNamed(context, spread.FragmentName.Name) is { } fragment:
                    foreach (var f in Fields(context, fragment.SelectionSet, depth + 1)) yield return f;
                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? FragmentNamed(IResolveFieldContext context, ROM name) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == name);
}
