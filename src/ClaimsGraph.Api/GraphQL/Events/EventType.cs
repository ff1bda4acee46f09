using ClaimsGraph.Api.GraphQL.Articles;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Events;

public sealed class EventType : ObjectGraphType<Event>
{
    public EventType()
    {
        Name = "Event";
        this.AddEntityFields("Something that happened (a visit, a summit, a drill), told by one or more articles.");
        Field<NonNullGraphType<StringGraphType>>("type").Description("VISIT, SUMMIT, MEETING, AGREEMENT, EXERCISE …")
            .Resolve(c => c.Source.EventType);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<StringGraphType>("date").Description("ISO 8601, possibly partial (2024, 2024-04, 2024-04-10), when it could be resolved.")
            .Resolve(c => c.Source.Date);
        Field<StringGraphType>("dateText").Description("The words the article used (\"on Wednesday\").")
            .Resolve(c => c.Source.DateText);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventParticipantType>>>>("participants")
            .Resolve(c => c.Loaders().EventParticipants.Load(c.Source.Id).Then(p => p ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles")
            .Description("Articles that report the event.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return loaders.EventArticleIds.Load(c.Source.Id).Then(ids => loaders.Articles.LoadMany(ids ?? []));
            });
    }
}
