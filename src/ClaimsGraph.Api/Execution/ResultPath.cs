using System.Collections;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// Where a value sits in the result, from the root: field names (or response names) and list indexes, as
/// <c>IResolveFieldContext.Path</c> and <c>ResponsePath</c> give them. One small node per step, enumerated on demand.
/// </summary>
public sealed class ResultPath
{
    private readonly ResultPath? parent;
    private readonly PlanField? field;
    private readonly int index;
    private readonly int length;

    private ResultPath(ResultPath? parent, PlanField? field, int index)
    {
        this.parent = parent;
        this.field = field;
        this.index = index;
        length = (parent?.length ?? 0) + 1;
    }

    public static ResultPath Field(ResultPath? parent, PlanField field) => new(parent, field, -1);

    public static ResultPath Item(ResultPath parent, int index) => new(parent, null, index);

    /// <summary>Field names, as in GraphQL.NET's <c>Path</c>.</summary>
    public IEnumerable<object> ByFieldName => new Segments(this, byResponseName: false);

    /// <summary>Aliases where given, as in GraphQL.NET's <c>ResponsePath</c>.</summary>
    public IEnumerable<object> ByResponseName => new Segments(this, byResponseName: true);

    private object Segment(bool byResponseName) =>
        field is null ? index : byResponseName ? field.ResponseName : field.Ast.Name.StringValue;

    private sealed class Segments(ResultPath last, bool byResponseName) : IEnumerable<object>
    {
        public IEnumerator<object> GetEnumerator()
        {
            var segments = new object[last.length];
            var node = last;
            for (var i = segments.Length - 1; i >= 0; i--, node = node.parent!) segments[i] = node.Segment(byResponseName);
            return ((IEnumerable<object>)segments).GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
