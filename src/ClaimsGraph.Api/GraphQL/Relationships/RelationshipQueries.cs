using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Relationships;

/// <summary>The questions about claims: who said what about whom, how two things connect, and search.</summary>
public static class RelationshipQueries
{
    public const int MaxHops = 4;

    public static void AddRelationshipQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpeakerQuotesType>>>>("whoSaidAbout")
            .Description("Everyone quoted about the subject, most quotes first, with their quotes.")
            .Argument<NonNullGraphType<IdGraphType>>("subject", "An entity id: state:CN, person:joe-biden …")
            .Argument<IntGraphType>("first", $"How many speakers (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .ResolveAsync(async c =>
            {
                var subject = NodeIdArguments.RequireKnown(c.GetArgument<string>("subject"), "subject", NodeIdArguments.EntityIdTypes);
                var first = c.ReadFirst();
                var store = c.Store();
                var speakers = await store.WhoSaidAboutAsync(subject, PageRequest.First(first), c.CancellationToken);
                // Someone spoke about it, so it exists; only an empty answer needs the existence check.
                if (speakers.TotalCount == 0) await RequireEntityAsync(store, subject, c.CancellationToken);
                await c.PrimeEntitiesAsync("speaker", speakers.Items.Select(s => s.SpeakerId));
                return speakers.Items.Select(s => new SpeakerQuotes(subject, s.SpeakerId, s.QuoteCount)).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("path")
            .Description("The shortest connection between two nodes as typed steps; empty when there is none within maxHops.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", $"At most this many relationships (1–{MaxHops}, default {MaxHops}).")
            .ResolveAsync(async c =>
            {
                var from = NodeIdArguments.RequireKnown(c.GetArgument<string>("from"), "from", NodeIdArguments.NodeIdTypes);
                var to = NodeIdArguments.RequireKnown(c.GetArgument<string>("to"), "to", NodeIdArguments.NodeIdTypes);
                var maxHops = c.GetArgument<int?>("maxHops") ?? MaxHops;
                if (maxHops is < 1 or > MaxHops)
                    throw ClientError.BadUserInput($"'maxHops' must be between 1 and {MaxHops}, not {maxHops}.");
                return await c.Store().FindPathAsync(from, to, maxHops, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Ranked full-text hits over entity names and aliases, article titles and quote text.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<SearchableTypeType>>>("types", "Only these kinds of node (default: all).")
            .Argument<IntGraphType>("first", $"How many hits (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                if (string.IsNullOrWhiteSpace(text)) throw ClientError.BadUserInput("'text' is empty.");
                var types = c.GetArgument<List<SearchableType>?>("types")?.Select(SearchableTypes.ToStoreName).ToList();
                return await c.Store().SearchAsync(text, types, c.ReadFirst(), c.CancellationToken);
            });
    }

    private static async Task RequireEntityAsync(IClaimsStore store, string id, CancellationToken cancellationToken)
    {
        var found = await store.GetEntitiesAsync([id], cancellationToken);
        if (!found.ContainsKey(id)) throw ClientError.NotFound(id);
    }
}
