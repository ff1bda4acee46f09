using ClaimsGraph.Domain.Store;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Dashboards;

public sealed class TimelinePointType : ObjectGraphType<TimelinePoint>
{
    public TimelinePointType()
    {
        Name = "TimelinePoint";
        Field<NonNullGraphType<DateOnlyGraphType>>("start").Description("First day of the bucket (weeks start on Monday).")
            .Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Distinct quotes about the subject reported in the bucket.")
            .Resolve(c => c.Source.Count);
    }
}

public sealed class TimeBucketType : EnumerationGraphType<TimeBucket>
{
    public TimeBucketType()
    {
        Name = "TimeBucket";
    }
}
