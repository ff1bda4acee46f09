using ClaimsGraph.Domain.Store;
using Riok.Mapperly.Abstractions;

namespace ClaimsGraph.Api.GraphQL.Events;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EventFilterMapper
{
    [MapProperty(nameof(EventWhere.Involves), nameof(EventFilter.InvolvesId))]
    public static partial EventFilter ToFilter(EventWhere where);
}
