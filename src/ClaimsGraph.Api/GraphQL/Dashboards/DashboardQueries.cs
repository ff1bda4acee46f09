using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Dashboards;

/// <summary>Aggregates dashboards poll: counts, rankings and a timeline.</summary>
public static class DashboardQueries
{
    public static void AddDashboardQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StatsType>>("stats")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityCountType>>>>("topSpeakers")
            .Description("Speakers with the most quotes, optionally only in articles published since an instant.")
            .Argument<IntGraphType>("first", "How many (default 10, at most 200).")
            .Argument<IsoDateTimeOffsetGraphType>("since")
            .ResolveAsync(async c => await c.WithEntities(
                await c.Store().TopSpeakersAsync(c.ReadFirst(10), c.GetArgument<DateTimeOffset?>("since"), c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityCountType>>>>("topSubjects")
            .Description("Entities most quoted about, optionally only in articles published since an instant.")
            .Argument<IntGraphType>("first", "How many (default 10, at most 200).")
            .Argument<IsoDateTimeOffsetGraphType>("since")
            .ResolveAsync(async c => await c.WithEntities(
                await c.Store().TopSubjectsAsync(c.ReadFirst(10), c.GetArgument<DateTimeOffset?>("since"), c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelinePointType>>>>("quoteTimeline")
            .Description("Quotes about the subject per day, week or month of publication, oldest first.")
            .Argument<NonNullGraphType<IdGraphType>>("subject")
            .Argument<TimeBucketType>("bucket", "DAY, WEEK (default) or MONTH.")
            .ResolveAsync(async c =>
            {
                var subject = NodeIdArguments.RequireKnown(c.GetArgument<string>("subject"), "subject", NodeIdArguments.EntityIdTypes);
                var bucket = c.GetArgument("bucket", TimeBucket.Week);
                return await c.Store().QuoteTimelineAsync(subject, bucket, c.CancellationToken);
            });
    }
}
