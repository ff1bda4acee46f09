using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// One entry of a selection: a response name with its field definition, resolver and arguments, and for fields that
/// return objects the selection to run on each possible object type. Built once per cached document, shared by requests.
/// </summary>
public sealed class PlanField
{
    public required string ResponseName
    {
        get;
        init
        {
            field = value;
            // Response names are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): no encoder escapes them.
            EncodedResponseName = JsonEncodedText.Encode(value);
        }
    }

    public JsonEncodedText EncodedResponseName { get; private init; }

    /// <summary>The first field node of this response name, as GraphQL.NET gives resolvers in <c>FieldAst</c>.</summary>
    public required GraphQLField Ast { get; init; }

    /// <summary>Null for <c>__typename</c>, which the executor answers itself.</summary>
    public FieldType? Definition { get; init; }

    public IFieldResolver Resolver => Definition?.Resolver ?? NameFieldResolver.Instance;

    /// <summary>The arguments when they use no variable (coerced once), else null and <see cref="UsesVariables"/> is set.</summary>
    public IDictionary<string, ArgumentValue>? ConstantArguments { get; init; }

    public bool UsesVariables { get; init; }

    /// <summary>This field's index among the operation's fields that take variables, for the per-request argument slots.</summary>
    public int VariableArgumentsSlot { get; init; } = -1;

    /// <summary>Null for <c>__typename</c>.</summary>
    public CompletionShape? Completion { get; init; }

    /// <summary>The selection for each object type the field can return (empty for scalars and enums), by reference.</summary>
    public IReadOnlyDictionary<IObjectGraphType, SelectionPlan> Selections { get; init; } = EmptySelections;

    public bool IsTypeName => Definition is null;

    private static readonly IReadOnlyDictionary<IObjectGraphType, SelectionPlan> EmptySelections =
        new Dictionary<IObjectGraphType, SelectionPlan>();
}
