using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.GraphQL.Quotes;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        this.AddEntityFields("A person, named in at least one article.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Titles the articles give the person (\"ambassador\", \"Prime Minister\").")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>("affiliations")
            .Resolve(c => c.Loaders().Affiliations.Load(c.Source.Id).Then(a => a ?? []));
        this.QuoteConnection("quotes", "What the person said, optionally only about one entity.",
                c => new QuoteFilter { SpeakerId = c.Source.Id, AboutId = c.GetEntityId("about") })
            .Argument<IdGraphType>("about", "Only quotes about this entity.");
        this.QuoteConnection("quotedAbout", "What others said about the person.",
            c => new QuoteFilter { AboutId = c.Source.Id });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityCountType>>>>("coMentioned")
            .Description("Entities most often in the same articles, with the number of shared articles.")
            .Argument<IntGraphType>("first", "How many (default 10, at most 200).")
            .ResolveAsync(async c => await c.WithEntities(await c.Store().CoMentionedAsync(c.Source.Id, c.ReadFirst(10), c.CancellationToken)));
    }
}
