using GraphQL.Types;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// A field's return type unwrapped once at plan time (non-null, list, scalar, object or abstract), so completing a
/// value walks this chain instead of testing the graph type's class on every value.
/// </summary>
public sealed class CompletionShape
{
    private CompletionShape(IGraphType type)
    {
        if (type is NonNullGraphType nonNull)
        {
            NonNull = true;
            type = nonNull.ResolvedType ?? throw new InvalidOperationException($"'{type}' has no resolved type.");
        }
        switch (type)
        {
            case ScalarGraphType scalar:
                Scalar = scalar;
                break;
            case ListGraphType list:
                Item = new CompletionShape(list.ResolvedType ?? throw new InvalidOperationException($"'{type}' has no resolved type."));
                break;
            case IObjectGraphType objectType:
                ObjectType = objectType;
                break;
            case IAbstractGraphType abstractType:
                AbstractType = abstractType;
                break;
            default:
                throw new InvalidOperationException($"'{type}' is not an output type.");
        }
    }

    public static CompletionShape Of(IGraphType type) => new(type);

    public bool NonNull { get; }

    public ScalarGraphType? Scalar { get; }

    /// <summary>The shape of the items, for a list.</summary>
    public CompletionShape? Item { get; }

    public IObjectGraphType? ObjectType { get; }

    public IAbstractGraphType? AbstractType { get; }
}
