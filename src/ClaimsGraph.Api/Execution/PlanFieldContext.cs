using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// What a resolver sees of one field on one object in a planned execution: the same members GraphQL.NET gives it.
/// The few a plan does not carry (the parent context, sub-field dictionaries, the engine's execution context) throw
/// <see cref="NotSupportedException"/>, which sends the request back to GraphQL.NET.
/// </summary>
public sealed class PlanFieldContext(
    PlanExecution execution, PlanField planField, IObjectGraphType parentType, object? source, ResultPath? parentPath)
    : ResultPath(parentPath), IResolveFieldContext
{
    /// <summary>
    /// Makes this the context of another field, once nothing holds on to it any more (see
    /// <see cref="PlanExecution"/>): GraphQL.NET reuses its read-only field contexts in the same way.
    /// </summary>
    public PlanFieldContext ReuseFor(PlanField field, IObjectGraphType type, object? value, ResultPath? path)
    {
        planField = field;
        parentType = type;
        source = value;
        Outer = path;
        return this;
    }

    public GraphQLField FieldAst => planField.Ast;

    public FieldType FieldDefinition => planField.Definition!;

    public IObjectGraphType ParentType => parentType;

    public IResolveFieldContext? Parent => throw Unsupported(nameof(Parent));

    public IDictionary<string, ArgumentValue>? Arguments => execution.ArgumentsOf(planField);

    public IDictionary<string, DirectiveInfo>? Directives => null;

    public object? RootValue => execution.Options.Root;

    public IDictionary<string, object?> UserContext => execution.Options.UserContext;

    public object? Source => source;

    public ISchema Schema => execution.Plan.Schema;

    public GraphQLDocument Document => execution.Plan.Document;

    public GraphQLOperationDefinition Operation => execution.Plan.Operation;

    public Variables Variables => execution.Variables;

    public CancellationToken CancellationToken => execution.Options.CancellationToken;

    public global::GraphQL.Instrumentation.Metrics Metrics => global::GraphQL.Instrumentation.Metrics.None;

    public ExecutionErrors Errors => execution.Errors;

    public IEnumerable<object> Path => ByFieldName;

    public IEnumerable<object> ResponsePath => ByResponseName;

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => throw Unsupported(nameof(SubFields));

    public IReadOnlyDictionary<string, object?> InputExtensions => execution.Options.Extensions ?? Inputs.Empty;

    public IDictionary<string, object?> OutputExtensions => execution.OutputExtensions;

    public IServiceProvider? RequestServices => execution.Options.RequestServices;

    public IExecutionArrayPool ArrayPool => throw Unsupported(nameof(ArrayPool));

    public ClaimsPrincipal? User => execution.Options.User;

    public IExecutionContext ExecutionContext => throw Unsupported(nameof(ExecutionContext));

    public override object Segment(bool byResponseName) => byResponseName ? planField.ResponseName : planField.Ast.Name.StringValue;

    private static NotSupportedException Unsupported(string member) =>
        new($"A planned execution has no {member}; the request runs through GraphQL.NET instead.");
}
