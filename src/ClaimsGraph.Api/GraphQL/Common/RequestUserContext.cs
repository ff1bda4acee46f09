using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// GraphQL.NET's user context for one HTTP request, holding the request's data loaders once found: resolvers ask for
/// them on nearly every field, and a scoped lookup in the DI container cost more than the fields' own work.
/// </summary>
public sealed class RequestUserContext(IServiceProvider requestServices) : Dictionary<string, object?>
{
    // A race only resolves the same scoped instance twice.
    public ClaimsGraphLoaders Loaders => field ??= requestServices.GetRequiredService<ClaimsGraphLoaders>();
}
