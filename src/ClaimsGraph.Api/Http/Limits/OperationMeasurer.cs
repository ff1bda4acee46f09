using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Http.Limits;

/// <summary>
/// Measures depth and cost of an operation from its document and the schema, before anything runs.
/// Cost: every field costs 1; a field that pages (has a <c>first</c> argument) multiplies the cost of its
/// selection by its page size, <c>first</c> or <c>last</c> or the default 20; <c>nodes(ids)</c> multiplies by
/// the number of ids. Other list fields (<c>edges</c>, <c>nodes</c> inside a connection) are the same page and
/// do not multiply again. Fragments count as if written inline. Introspection fields (<c>__schema</c>, …)
/// count neither depth nor cost: they have their own switch.
/// </summary>
public sealed class OperationMeasurer(ISchema schema)
{
    public const int DefaultPageSize = ClaimsGraph.Api.GraphQL.Common.Paging.DefaultPageSize;

    // Beyond this the exact number does not matter, only that it is over any sane limit.
    private const long CostCeiling = 1L << 50;

    // A repeated document (ValidatedDocumentCache hands out the same object) whose page sizes are literals measures the
    // same every time: keep its measure for as long as the document lives.
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, OperationMeasure>> _constantMeasures = new();

    public OperationMeasure Measure(GraphQLDocument document, string? operationName, Inputs? variables)
    {
        var known = _constantMeasures.GetValue(document, _ => new ConcurrentDictionary<string, OperationMeasure>(StringComparer.Ordinal));
        if (known.TryGetValue(operationName ?? "", out var kept)) return kept;

        schema.Initialize();
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var walk = new Walk(schema, fragments, variables);
        var measures = SelectedOperations(document, operationName).Select(walk.Operation).ToList();
        var measure = measures.Count == 0
            ? new OperationMeasure(0, 0, false)
            : new OperationMeasure(measures.Max(m => m.Depth), measures.Max(m => m.Cost), measures.Any(m => m.UsesIntrospection));
        if (!walk.ReadVariables) known.TryAdd(operationName ?? "", measure);
        return measure;
    }

    /// <summary>The operation that will run; every operation when the name does not pick one (execution then refuses it anyway).</summary>
    private static IEnumerable<GraphQLOperationDefinition> SelectedOperations(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var named = operationName is null ? null : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return named is not null ? [named] : operations;
    }

    private sealed class Walk(ISchema schema, Dictionary<string, GraphQLFragmentDefinition> fragments, Inputs? variables)
    {
        // Fragment results are memoised so a document that spreads fragments exponentially is still measured in linear time.
        private readonly Dictionary<string, OperationMeasure> _fragmentMeasures = new(StringComparer.Ordinal);
        private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

        /// <summary>Whether a page size came from a variable, so the measure holds for this request only.</summary>
        public bool ReadVariables { get; private set; }

        public OperationMeasure Operation(GraphQLOperationDefinition operation)
        {
            IGraphType? root = operation.Operation switch
            {
                OperationType.Mutation => schema.Mutation,
                OperationType.Subscription => schema.Subscription,
                _ => schema.Query,
            };
            return SelectionSet(operation.SelectionSet, root as IComplexGraphType);
        }

        private OperationMeasure SelectionSet(GraphQLSelectionSet? set, IComplexGraphType? type)
        {
            if (set is null) return new OperationMeasure(0, 0, false);
            int depth = 0;
            long cost = 0;
            var introspection = false;
            foreach (var selection in set.Selections)
            {
                var measure = selection switch
                {
                    GraphQLField field => Field(field, type),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name.StringValue) ?? type),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => new OperationMeasure(0, 0, false),
                };
                depth = Math.Max(depth, measure.Depth);
                cost = Math.Min(CostCeiling, cost + measure.Cost);
                introspection |= measure.UsesIntrospection;
            }
            return new OperationMeasure(depth, cost, introspection);
        }

        private OperationMeasure Field(GraphQLField field, IComplexGraphType? parent)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
                return new OperationMeasure(0, 0, name is "__schema" or "__type");

            var definition = parent?.GetField(name);
            var childType = definition?.ResolvedType?.GetNamedType() as IComplexGraphType;
            var children = SelectionSet(field.SelectionSet, childType);
            var cost = 1 + Math.Min(CostCeiling, Multiplier(field, definition) * children.Cost);
            return new OperationMeasure(children.Depth + 1, Math.Min(CostCeiling, cost), children.UsesIntrospection);
        }

        private OperationMeasure Fragment(string name)
        {
            if (_fragmentMeasures.TryGetValue(name, out var known)) return known;
            // An unknown or cyclic fragment is a validation error reported later; it adds nothing here.
            if (!fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name)) return new OperationMeasure(0, 0, false);
            var measure = SelectionSet(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue));
            _expanding.Remove(name);
            return _fragmentMeasures[name] = measure;
        }

        private long Multiplier(GraphQLField field, FieldType? definition)
        {
            if (definition?.Arguments is not { } arguments) return 1;
            if (arguments.Find("first") is not null)
                return IntArgument(field, "first") ?? IntArgument(field, "last") ?? DefaultPageSize;
            if (arguments.Find("ids") is not null) return Math.Max(1, ListArgumentLength(field, "ids") ?? 1);
            return 1;
        }

        private long? IntArgument(GraphQLField field, string name) => ArgumentValue(field, name) switch
        {
            GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var n) => Math.Max(0, n),
            GraphQLVariable variable => VariableNumber(variable.Name.StringValue),
            _ => null,
        };

        private long? ListArgumentLength(GraphQLField field, string name) => ArgumentValue(field, name) switch
        {
            GraphQLListValue list => list.Values?.Count ?? 0,
            GraphQLVariable variable => VariableListLength(variable.Name.StringValue),
            _ => null,
        };

        private long? VariableNumber(string name)
        {
            ReadVariables = true;
            if (variables is null || !variables.TryGetValue(name, out var value) || value is null) return null;
            try
            {
                return Math.Max(0, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                return null; // not a number: variable coercion reports it
            }
        }

        private long? VariableListLength(string name)
        {
            ReadVariables = true;
            return variables?.TryGetValue(name, out var value) == true && value is System.Collections.ICollection items ? items.Count : null;
        }

        private static GraphQLValue? ArgumentValue(GraphQLField field, string name) =>
            field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;

        private IComplexGraphType? TypeNamed(string? name) =>
            name is null ? null : schema.AllTypes[name] as IComplexGraphType;
    }
}
