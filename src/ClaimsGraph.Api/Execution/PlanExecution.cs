using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// Runs one request on an <see cref="OperationPlan"/> with the schema's resolvers and completes values as the spec
/// says (non-null, lists, abstract types, scalar serialization). Data-loader results wait until the walk has asked
/// for every key of their level, then settle in order, so batch loaders batch as they do under GraphQL.NET.
/// Anything that would end in a GraphQL error abandons the attempt (<see cref="TryExecuteAsync"/> returns null).
/// </summary>
public sealed class PlanExecution
{
    private readonly IDictionary<string, ArgumentValue>?[] variableArguments;
    private List<PendingLoad> pendingLoads = [];
    private readonly Stack<PlanFieldContext> spareContexts = new();
    private long loadsQueued;

    // Enough for the contexts of one object's fields and their parents.
    private const int MaxSpareContexts = 16;

    private PlanExecution(OperationPlan plan, ExecutionOptions options, Variables variables)
    {
        Plan = plan;
        Options = options;
        Variables = variables;
        variableArguments = new IDictionary<string, ArgumentValue>?[plan.VariableArgumentsSlots];
    }

    public OperationPlan Plan { get; }

    public ExecutionOptions Options { get; }

    public Variables Variables { get; }

    public ExecutionErrors Errors { get; } = new();

    public Dictionary<string, object?> OutputExtensions { get; } = new();

    /// <summary>The result's data, or null when the request must run through GraphQL.NET (with the reason).</summary>
    public static async Task<(ResultObject? Data, string? Abandoned)> TryExecuteAsync(OperationPlan plan, ExecutionOptions options)
    {
        var variables = VariableCoercion.TryCoerce(plan, options.Variables);
        if (variables is null) return (null, "variables do not coerce");
        var execution = new PlanExecution(plan, options, variables);
        try
        {
            var data = await execution.RunAsync();
            if (execution.Errors.Count > 0) return (null, "a resolver reported an error");
            if (execution.OutputExtensions.Count > 0) return (null, "a resolver set response extensions");
            return (data, null);
        }
        catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // GraphQL.NET runs the request again and reports the error with its path, location and code.
            return (null, exception.Message);
        }
    }

    public IDictionary<string, ArgumentValue>? ArgumentsOf(PlanField field)
    {
        if (!field.UsesVariables) return field.ConstantArguments;
        return variableArguments[field.VariableArgumentsSlot] ??= CoerceVariableArguments(field);
    }

    /// <summary>
    /// The field's arguments in this request: the planned constant ones, and those that use variables coerced as
    /// GraphQL.NET's <c>ExecutionHelper.GetArguments</c> does (a parser or validator that throws sends the request
    /// back to GraphQL.NET, which reports the error).
    /// </summary>
    private Dictionary<string, ArgumentValue> CoerceVariableArguments(PlanField field)
    {
        var arguments = new Dictionary<string, ArgumentValue>(field.ConstantArguments!);
        foreach (var (definition, ast) in field.VariableArguments)
        {
            var coerced = ExecutionHelper.CoerceValue(definition.ResolvedType!, ast.Value, Variables, definition.DefaultValue);
            var value = coerced.Value;
            if (value is not null && definition.Parser is { } parse) value = parse(value);
            if (value is not null) definition.Validator?.Invoke(value);
            arguments[definition.Name] = new ArgumentValue(value, coerced.Source);
        }
        return arguments;
    }

    private async Task<ResultObject> RunAsync()
    {
        var data = await ExecuteSelectionAsync(Plan.Root, Options.Root, path: null);
        while (pendingLoads.Count > 0)
        {
            var settling = pendingLoads;
            pendingLoads = [];
            // Start every load of the level before awaiting any, so different loaders fetch at the same time
            // (as GraphQL.NET's parallel strategy does); keys asked for while completing go to the next level.
            var values = new Task<object?>[settling.Count];
            for (var i = 0; i < values.Length; i++) values[i] = settling[i].Result.GetResultAsync(Options.CancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                var load = settling[i];
                await CompleteAsync(load.Field, load.Shape, await values[i], load.Slots, load.Index, load.Path);
            }
        }
        return data;
    }

    // The walk below runs synchronously while resolvers and completions finish at once (the common case: values
    // already loaded or prefetched) and goes on asynchronously only from the first step that has to wait, so a
    // planned request builds no async state machine per object or field.

    private ValueTask<ResultObject> ExecuteSelectionAsync(SelectionPlan selection, object? source, ResultPath? path)
    {
        Options.CancellationToken.ThrowIfCancellationRequested();
        var result = new ResultObject(selection);
        for (var i = 0; i < selection.Fields.Length; i++)
        {
            var field = ExecuteFieldAsync(selection, source, path, result, i);
            if (!field.IsCompletedSuccessfully) return FinishSelectionAsync(field, selection, source, path, result, i);
        }
        return ValueTask.FromResult(result);
    }

    private async ValueTask<ResultObject> FinishSelectionAsync(
        ValueTask waiting, SelectionPlan selection, object? source, ResultPath? path, ResultObject result, int at)
    {
        await waiting;
        for (var i = at + 1; i < selection.Fields.Length; i++) await ExecuteFieldAsync(selection, source, path, result, i);
        return result;
    }

    private ValueTask ExecuteFieldAsync(SelectionPlan selection, object? source, ResultPath? path, ResultObject result, int index)
    {
        var field = selection.Fields[index];
        if (field.IsTypeName)
        {
            result.Values[index] = selection.Type.Name;
            return default;
        }
        var context = spareContexts.TryPop(out var spare)
            ? spare.ReuseFor(field, selection.Type, source, path)
            : new PlanFieldContext(this, field, selection.Type, source, path);
        var queuedBefore = loadsQueued;
        var resolving = field.Resolver.ResolveAsync(context);
        if (!resolving.IsCompletedSuccessfully) return CompleteWhenResolvedAsync(resolving, field, result.Values, index, context);
        var completing = CompleteAsync(field, field.Completion!, resolving.Result, result.Values, index, context);
        // A field that completed at once and queued no data-loader load under it leaves nothing that refers to its
        // context (only pending loads and async continuations keep contexts and paths): the next field can have it,
        // as GraphQL.NET reuses its read-only field contexts.
        if (completing.IsCompletedSuccessfully && loadsQueued == queuedBefore && spareContexts.Count < MaxSpareContexts)
            spareContexts.Push(context);
        return completing;
    }

    private async ValueTask CompleteWhenResolvedAsync(ValueTask<object?> resolving, PlanField field, object?[] slots, int index, ResultPath path) =>
        await CompleteAsync(field, field.Completion!, await resolving, slots, index, path);

    private ValueTask CompleteAsync(PlanField field, CompletionShape shape, object? value, object?[] slots, int index, ResultPath path)
    {
        if (value is IDataLoaderResult load)
        {
            pendingLoads.Add(new PendingLoad(field, shape, load, slots, index, path));
            loadsQueued++;
            return default;
        }
        if (value is null)
        {
            if (shape.NonNull) throw new InvalidOperationException($"Null for the non-null field '{field.ResponseName}'.");
            slots[index] = null;
            return default;
        }
        if (shape.Scalar is { } scalar)
        {
            var serialized = scalar.Serialize(value);
            if (serialized is null && shape.NonNull) throw new InvalidOperationException($"'{field.ResponseName}' did not serialize.");
            slots[index] = serialized;
            return default;
        }
        if (shape.Item is { } itemShape)
        {
            if (value is not IEnumerable items || value is string)
                throw new InvalidOperationException($"'{field.ResponseName}' returned no list.");
            var values = items as IList ?? items.Cast<object?>().ToList();
            var completed = new object?[values.Count];
            slots[index] = new ResultList(completed);
            return CompleteItemsAsync(field, itemShape, values, completed, path, from: 0);
        }
        var selection = shape.ObjectType is { } objectType ? SelectionFor(field, objectType, value) : AbstractSelectionFor(field, shape.AbstractType!, value);
        var selecting = ExecuteSelectionAsync(selection, value, path);
        if (!selecting.IsCompletedSuccessfully) return StoreWhenDoneAsync(selecting, slots, index);
        slots[index] = selecting.Result;
        return default;
    }

    private ValueTask CompleteItemsAsync(PlanField field, CompletionShape itemShape, IList values, object?[] completed, ResultPath path, int from)
    {
        for (var i = from; i < completed.Length; i++)
        {
            var item = CompleteAsync(field, itemShape, values[i], completed, i, new ListItemPath(path, i));
            if (!item.IsCompletedSuccessfully) return FinishItemsAsync(item, field, itemShape, values, completed, path, i);
        }
        return default;
    }

    private async ValueTask FinishItemsAsync(
        ValueTask waiting, PlanField field, CompletionShape itemShape, IList values, object?[] completed, ResultPath path, int at)
    {
        await waiting;
        await CompleteItemsAsync(field, itemShape, values, completed, path, at + 1);
    }

    private static async ValueTask StoreWhenDoneAsync(ValueTask<ResultObject> selecting, object?[] slots, int index) =>
        slots[index] = await selecting;

    /// <summary>The field's selection for the value's object type, after GraphQL.NET's IsTypeOf check.</summary>
    private static SelectionPlan SelectionFor(PlanField field, IObjectGraphType type, object value)
    {
        foreach (var selection in field.Selections)
        {
            if (!ReferenceEquals(selection.Type, type)) continue;
            if (type.IsTypeOf is not null && !type.SkipTypeCheck && !type.IsTypeOf(value))
                throw new InvalidOperationException($"A '{value.GetType().Name}' is no '{type.Name}'.");
            return selection;
        }
        throw new InvalidOperationException($"'{type.Name}' is not a possible type of '{field.ResponseName}'.");
    }

    /// <summary>
    /// The selection for the object type of an interface's or union's value, found as GraphQL.NET finds it: its
    /// ResolveType, else the first possible type whose IsTypeOf accepts the value (which then needs no second check).
    /// </summary>
    private SelectionPlan AbstractSelectionFor(PlanField field, IAbstractGraphType abstractType, object value)
    {
        if (abstractType.ResolveType is null)
        {
            foreach (var selection in field.Selections)
                if (selection.Type.IsTypeOf is { } isTypeOf && isTypeOf(value)) return selection;
        }
        else if (abstractType.GetObjectType(value, Plan.Schema) is { } objectType)
        {
            return SelectionFor(field, objectType, value);
        }
        throw new InvalidOperationException($"No object type of '{abstractType.Name}' for '{field.ResponseName}'.");
    }

    private sealed record PendingLoad(PlanField Field, CompletionShape Shape, IDataLoaderResult Result, object?[] Slots, int Index, ResultPath Path);
}
