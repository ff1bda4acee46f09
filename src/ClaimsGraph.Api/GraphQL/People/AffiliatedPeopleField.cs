using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.People;

/// <summary>The paged <c>people</c> field of a state or organisation: the people affiliated with it, by name.</summary>
public static class AffiliatedPeopleField
{
    public static void AffiliatedPeopleConnection<TSource>(this ObjectGraphType<TSource> type, string description)
        where TSource : Entity =>
        type.Field<NonNullGraphType<ConnectionType<PersonType, Entity>>>("people")
            .Description(description)
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                return await c.ToConnectionAsync(async page =>
                    (await store.FindAffiliatedPeopleAsync(c.Source.Id, page, c.CancellationToken)).AsEntities());
            });
}
