using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Http.PersistedOperations;

namespace ClaimsGraph.Api.Http;

/// <summary>Registers the request limits and persisted operations that <see cref="GraphQLRequestExecutor"/> applies.</summary>
public static class GraphQLRequestGuardsServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLRequestGuards(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection(GraphQLLimitsOptions.SectionName));
        services.Configure<PersistedOperationsOptions>(configuration.GetSection(PersistedOperationsOptions.SectionName));
        services.AddSingleton<OperationMeasurer>();
        services.AddSingleton<RequestLimits>();
        services.AddSingleton<PersistedOperationRegistry>();
        services.AddSingleton<PersistedOperationResolver>();
        return services;
    }
}
