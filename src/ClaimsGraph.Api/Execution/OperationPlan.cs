using ClaimsGraph.Api.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// A query operation of a validated document, compiled once: fields collected per object type with fragments
/// merged (the spec's CollectFields), resolvers looked up and constant arguments coerced. What a plan does not
/// cover (mutations, subscriptions, introspection, directives) gets no plan and runs through GraphQL.NET.
/// </summary>
public sealed class OperationPlan
{
    private OperationPlan(GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema)
    {
        Document = document;
        Operation = operation;
        Schema = schema;
    }

    public GraphQLDocument Document { get; }

    public GraphQLOperationDefinition Operation { get; }

    public ISchema Schema { get; }

    public SelectionPlan Root { get; private set; } = null!;

    /// <summary>Nullable variables that some argument takes as non-null: a null value for them is an error.</summary>
    public IReadOnlySet<string> VariablesUsedAsNonNull { get; private set; } = new HashSet<string>();

    public int VariableArgumentsSlots { get; private set; }

    /// <summary>The plan, or null when the operation is not a query the plan covers.</summary>
    public static OperationPlan? TryCompile(GraphQLDocument document, string? operationName, ISchema schema)
    {
        var operation = DocumentOperations.Select(document, operationName);
        if (operation is null || operation.Operation != OperationType.Query || schema.Query is null) return null;
        if (UsesDirectives(document)) return null;
        var plan = new OperationPlan(document, operation, schema);
        try
        {
            var root = plan.Compile(schema.Query, [operation.SelectionSet], depth: 0);
            if (root is null) return null;
            plan.Root = root;
            plan.VariablesUsedAsNonNull = NonNullUsages(document, operation, schema);
            return plan;
        }
        catch (ExecutionError)
        {
            // A constant argument that does not coerce: GraphQL.NET reports it.
            return null;
        }
    }

    /// <summary>
    /// Abstract types multiply selections by their possible types at each level; the same selection sets on the same
    /// type compile once, and a plan larger than this is left to GraphQL.NET.
    /// </summary>
    private const int MaxPlanFields = 5_000;

    private readonly Dictionary<SelectionKey, SelectionPlan> compiled = new();
    private int planFields;

    private SelectionPlan? Compile(IObjectGraphType type, IReadOnlyList<GraphQLSelectionSet> selectionSets, int depth)
    {
        if (depth > 64) return null;
        var key = new SelectionKey(type, selectionSets);
        if (compiled.TryGetValue(key, out var done)) return done;
        var collected = new List<(string Name, List<GraphQLField> Nodes)>();
        foreach (var set in selectionSets)
            if (!Collect(type, set, collected, visitedFragments: [])) return null;

        planFields += collected.Count;
        if (planFields > MaxPlanFields) return null;
        var fields = new PlanField[collected.Count];
        for (var i = 0; i < collected.Count; i++)
        {
            var (responseName, nodes) = collected[i];
            var field = CompileField(type, responseName, nodes, depth);
            if (field is null) return null;
            fields[i] = field;
        }
        return compiled[key] = new SelectionPlan(type, fields);
    }

    private PlanField? CompileField(IObjectGraphType parent, string responseName, List<GraphQLField> nodes, int depth)
    {
        var ast = nodes[0];
        if (ast.Name.Value == "__typename") return new PlanField { ResponseName = responseName, Ast = ast };
        if (ast.Name.Value.Span.StartsWith("__")) return null;
        var definition = parent.GetField(ast.Name.Value);
        if (definition?.ResolvedType is null) return null;

        var subSelections = nodes.Select(n => n.SelectionSet).OfType<GraphQLSelectionSet>().ToList();
        IEnumerable<IObjectGraphType> objectTypes = definition.ResolvedType.GetNamedType() switch
        {
            IObjectGraphType objectType => [objectType],
            IAbstractGraphType abstractType => abstractType.PossibleTypes,
            _ => [],
        };
        var selections = new List<SelectionPlan>();
        foreach (var objectType in objectTypes)
        {
            var selection = Compile(objectType, subSelections, depth + 1);
            if (selection is null) return null;
            selections.Add(selection);
        }

        var variableArguments = VariableArgumentsOf(definition, ast);
        var usesVariables = variableArguments.Length > 0;
        return new PlanField
        {
            ResponseName = responseName,
            Ast = ast,
            Definition = definition,
            Completion = CompletionShape.Of(definition.ResolvedType),
            Selections = [.. selections],
            VariableArguments = variableArguments,
            VariableArgumentsSlot = usesVariables ? VariableArgumentsSlots++ : -1,
            // Those that take variables get their defaults here and are coerced per request over them.
            ConstantArguments = ExecutionHelper.GetArguments(definition.Arguments,
                usesVariables ? new GraphQLArguments(ast.Arguments!.Items.Where(a => !ContainsVariable(a.Value)).ToList()) : ast.Arguments,
                Variables.None, Document, ast, null),
        };
    }

    /// <summary>The arguments whose value uses a variable, each with its definition.</summary>
    private static PlanArgument[] VariableArgumentsOf(FieldType definition, GraphQLField ast)
    {
        if (ast.Arguments is not { Count: > 0 } arguments || definition.Arguments is null) return [];
        var found = new List<PlanArgument>();
        foreach (var argument in arguments.Items)
            if (ContainsVariable(argument.Value) && definition.Arguments.Find(argument.Name.StringValue) is { } argumentDefinition)
                found.Add(new PlanArgument(argumentDefinition, argument));
        return [.. found];
    }

    /// <summary>The spec's CollectFields for one object type: fields by response name in first-seen order.</summary>
    private bool Collect(IObjectGraphType type, GraphQLSelectionSet set, List<(string Name, List<GraphQLField> Nodes)> collected,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    var index = collected.FindIndex(c => c.Name == name);
                    if (index >= 0) collected[index].Nodes.Add(field);
                    else collected.Add((name, [field]));
                    break;
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is null || Matches(type, inline.TypeCondition))
                        if (!Collect(type, inline.SelectionSet, collected, visitedFragments)) return false;
                    break;
                case GraphQLFragmentSpread spread:
                    var fragmentName = spread.FragmentName.Name.StringValue;
                    if (!visitedFragments.Add(fragmentName)) break;
                    var fragment = Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == fragmentName);
                    if (fragment is null) return false;
                    if (Matches(type, fragment.TypeCondition))
                        if (!Collect(type, fragment.SelectionSet, collected, visitedFragments)) return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private bool Matches(IObjectGraphType type, GraphQLTypeCondition condition) =>
        Schema.AllTypes[condition.Type.Name.Value] switch
        {
            IObjectGraphType objectType => ReferenceEquals(objectType, type),
            IAbstractGraphType abstractType => abstractType.IsPossibleType(type),
            _ => false,
        };

    /// <summary>Whether any definition carries a directive (@skip, @include, …): those run through GraphQL.NET.</summary>
    private static bool UsesDirectives(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    if (operation.Directives is { Count: > 0 } || HasDirectives(operation.SelectionSet)) return true;
                    if (operation.Variables?.Items.Any(v => v.Directives is { Count: > 0 }) == true) return true;
                    break;
                case GraphQLFragmentDefinition fragment:
                    if (fragment.Directives is { Count: > 0 } || HasDirectives(fragment.SelectionSet)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool HasDirectives(GraphQLSelectionSet? set)
    {
        if (set is null) return false;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Directives is { Count: > 0 } || HasDirectives(field.SelectionSet):
                case GraphQLInlineFragment inline when inline.Directives is { Count: > 0 } || HasDirectives(inline.SelectionSet):
                case GraphQLFragmentSpread spread when spread.Directives is { Count: > 0 }:
                    return true;
            }
        }
        return false;
    }

    private static bool ContainsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(ContainsVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => ContainsVariable(f.Value)) == true,
        _ => false,
    };

    private static HashSet<string> NonNullUsages(GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema)
    {
        var context = new ValidationContext { Schema = schema, Document = document, Operation = operation, TypeInfo = new TypeInfo(schema) };
        var usages = context.GetRecursiveVariables(operation) ?? [];
        return usages.Where(u => u.Type is NonNullGraphType).Select(u => u.Node.Name.StringValue).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An object type with the selection set nodes (by reference) that apply to it.</summary>
    private sealed class SelectionKey(IObjectGraphType type, IReadOnlyList<GraphQLSelectionSet> sets) : IEquatable<SelectionKey>
    {
        public bool Equals(SelectionKey? other) =>
            other is not null && ReferenceEquals(type, other.Type) && sets.Count == other.Sets.Count
            && sets.Zip(other.Sets).All(pair => ReferenceEquals(pair.First, pair.Second));

        public override bool Equals(object? obj) => Equals(obj as SelectionKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(type));
            foreach (var set in sets) hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(set));
            return hash.ToHashCode();
        }

        private IObjectGraphType Type => type;

        private IReadOnlyList<GraphQLSelectionSet> Sets => sets;
    }
}
