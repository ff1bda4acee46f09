using System.Collections;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// Where a value sits in the result, as a chain from the value back to the root: a field's context is its own step
/// (<see cref="PlanFieldContext"/>), a list item is an <see cref="ListItemPath"/>. Enumerated root first only when a
/// resolver asks for <c>Path</c> or <c>ResponsePath</c>, so the walk allocates nothing extra for paths.
/// </summary>
public abstract class ResultPath(ResultPath? parent)
{
    /// <summary>The step before this one; set again only when a field context is reused for another field.</summary>
    protected ResultPath? Outer { get; set; } = parent;

    /// <summary>Whether a list item is on the way back to the root.</summary>
    public bool IsInsideList
    {
        get
        {
            for (var step = this; step is not null; step = step.Outer)
                if (step is ListItemPath) return true;
            return false;
        }
    }

    /// <summary>This step: a field name (or response name), or a list index.</summary>
    public abstract object Segment(bool byResponseName);

    /// <summary>Field names, as in GraphQL.NET's <c>Path</c>.</summary>
    public IEnumerable<object> ByFieldName => new Segments(this, byResponseName: false);

    /// <summary>Aliases where given, as in GraphQL.NET's <c>ResponsePath</c>.</summary>
    public IEnumerable<object> ByResponseName => new Segments(this, byResponseName: true);

    private sealed class Segments(ResultPath last, bool byResponseName) : IEnumerable<object>
    {
        public IEnumerator<object> GetEnumerator()
        {
            var segments = new List<object>();
            for (var step = last; step is not null; step = step.Outer) segments.Add(step.Segment(byResponseName));
            segments.Reverse();
            return segments.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>An item of a list in the result.</summary>
public sealed class ListItemPath(ResultPath parent, int index) : ResultPath(parent)
{
    public override object Segment(bool byResponseName) => index;
}
