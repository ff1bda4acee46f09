using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Ide;

namespace ClaimsGraph.Api.Http;

/// <summary>POST and GET <c>/graphql</c>. A browser's GET (Accept: text/html) goes to the IDE instead.</summary>
public static class GraphQLHttpEndpoints
{
    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(GraphQLHttpOptions.Path, (HttpContext http) => HandleAsync(http, isGet: false));
        // Routing matches "/graphql/" here too: that is the IDE's own address, not a GraphQL request.
        endpoints.MapGet(GraphQLHttpOptions.Path, (HttpContext http) =>
            http.Request.Path.Value!.EndsWith('/') ? BananaCakePopEndpoints.ServeIndexAsync(http)
            : BananaCakePopEndpoints.IsIdeRequest(http.Request) ? BananaCakePopEndpoints.RedirectToIde(http)
            : HandleAsync(http, isGet: true));
        endpoints.MapMethods(GraphQLHttpOptions.Path, ["PUT", "PATCH", "DELETE"], (HttpContext http) =>
            RefuseAsync(http, new GraphQLHttpProblem(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Use POST (or GET for queries).") { Headers = new Dictionary<string, string> { ["Allow"] = "GET, POST" } }));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, bool isGet)
    {
        var services = http.RequestServices;
        var writer = services.GetRequiredService<GraphQLHttpResponseWriter>();
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await writer.WriteProblemAsync(http, GraphQLMediaTypes.Json, new GraphQLHttpProblem(StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        try
        {
            var reader = services.GetRequiredService<GraphQLHttpRequestReader>();
            var request = isGet ? reader.ReadGet(http.Request) : await reader.ReadPostAsync(http.Request, http.RequestAborted);
            var result = await services.GetRequiredService<GraphQLRequestExecutor>()
                .ExecuteAsync(http, request, isGet, http.RequestAborted);
            await writer.WriteAsync(http, mediaType, result);
        }
        catch (GraphQLHttpProblemException e)
        {
            await writer.WriteProblemAsync(http, mediaType, e.Problem);
        }
    }

    private static Task RefuseAsync(HttpContext http, GraphQLHttpProblem problem) =>
        http.RequestServices.GetRequiredService<GraphQLHttpResponseWriter>().WriteProblemAsync(http, GraphQLMediaTypes.Json, problem);
}
