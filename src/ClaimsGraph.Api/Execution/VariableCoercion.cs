using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// Coerces a request's variables for a plan the way GraphQL.NET's validation does (input objects with their
/// defaults, parsers and validators, lists, scalars), without walking the document again. Any value that does not
/// coerce gives null: the request then runs through GraphQL.NET, which reports the error.
/// </summary>
public static class VariableCoercion
{
    public static Variables? TryCoerce(OperationPlan plan, Inputs? inputs)
    {
        var definitions = plan.Operation.Variables;
        if (definitions is null || definitions.Count == 0) return Variables.None;
        var variables = new Variables();
        try
        {
            foreach (var definition in definitions.Items)
            {
                var name = definition.Variable.Name.StringValue;
                var type = definition.Type.GraphTypeFromType(plan.Schema);
                if (type is null) return null;
                var variable = new Variable(name, definition);
                if (inputs is not null && inputs.TryGetValue(name, out var value))
                {
                    if (type is not NonNullGraphType && plan.VariablesUsedAsNonNull.Contains(name)) type = new NonNullGraphType(type);
                    if (!TryCoerce(type, value, out var coerced)) return null;
                    variable.Value = coerced;
                }
                else if (definition.DefaultValue is not null)
                {
                    variable.Value = ExecutionHelper.CoerceValue(type, definition.DefaultValue).Value;
                    variable.IsDefault = true;
                }
                else if (type is NonNullGraphType)
                {
                    return null;
                }
                variables.Add(variable);
            }
            return variables;
        }
        catch (Exception)
        {
            // Scalars, parsers and validators throw whatever they throw; GraphQL.NET turns it into the variable's error.
            return null;
        }
    }

    private static bool TryCoerce(IGraphType type, object? value, out object? coerced)
    {
        coerced = null;
        switch (type)
        {
            case NonNullGraphType nonNull:
                return value is not null && nonNull.ResolvedType is not null && TryCoerce(nonNull.ResolvedType, value, out coerced);
            case IInputObjectGraphType inputObject:
                return value is null || TryCoerceObject(inputObject, value, out coerced);
            case ListGraphType list:
                return value is null || TryCoerceList(list, value, out coerced);
            case ScalarGraphType scalar:
                coerced = scalar.ParseValue(value);
                return true;
            default:
                return false;
        }
    }

    private static bool TryCoerceList(ListGraphType list, object value, out object? coerced)
    {
        coerced = null;
        if (list.ResolvedType is null) return false;
        if (value is IEnumerable items and not string and not IDictionary<string, object?>)
        {
            var values = new List<object?>();
            foreach (var item in items)
            {
                if (!TryCoerce(list.ResolvedType, item, out var one)) return false;
                values.Add(one);
            }
            coerced = values.ToArray();
            return true;
        }
        if (!TryCoerce(list.ResolvedType, value, out var single)) return false;
        coerced = new[] { single };
        return true;
    }

    private static bool TryCoerceObject(IInputObjectGraphType type, object value, out object? coerced)
    {
        coerced = null;
        if (value is not IDictionary<string, object?> fields) return false;
        var parsed = new Dictionary<string, object?>(fields.Count);
        var given = 0;
        var anyNull = false;
        foreach (var field in type.Fields)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue))
            {
                given++;
                if (field.ResolvedType is null) return false;
                if (!TryCoerce(field.ResolvedType, fieldValue, out var parsedValue)) return false;
                if (parsedValue is not null && field.Parser is not null) parsedValue = field.Parser(parsedValue);
                if (parsedValue is not null && field.Validator is not null) field.Validator(parsedValue);
                parsed[field.Name] = parsedValue;
                anyNull |= parsedValue is null;
            }
            else if (field.DefaultValue is not null)
            {
                parsed[field.Name] = field.DefaultValue;
            }
            else if (field.ResolvedType is NonNullGraphType)
            {
                return false;
            }
        }
        if (type.IsOneOf && (given != 1 || anyNull)) return false;
        if (fields.Keys.Any(key => type.Fields.Find(key) is null)) return false;
        coerced = type.ParseDictionary(parsed);
        return true;
    }
}
