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

    /// <summary>
    /// The arguments coerced once: all of them when none uses a variable, else those that use none plus the defaults
    /// of those that do (see <see cref="VariableArguments"/>). Null when the field has no arguments.
    /// </summary>
    public Dictionary<string, ArgumentValue>? ConstantArguments { get; init; }

    /// <summary>The arguments whose values use variables: coerced per request.</summary>
    public PlanArgument[] VariableArguments { get; init; } = [];

    public bool UsesVariables => VariableArguments.Length > 0;

    /// <summary>This field's index among the operation's fields that take variables, for the per-request argument slots.</summary>
    public int VariableArgumentsSlot { get; init; } = -1;

    /// <summary>Null for <c>__typename</c>.</summary>
    public CompletionShape? Completion { get; init; }

    /// <summary>
    /// The selection for each object type the field can return, in the order of the schema's possible types (the
    /// order GraphQL.NET tries their IsTypeOf in); empty for scalars and enums.
    /// </summary>
    public SelectionPlan[] Selections { get; init; } = [];

    public bool IsTypeName => Definition is null;
}
