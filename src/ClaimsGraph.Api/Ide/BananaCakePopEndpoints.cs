using System.Text.Json;
using ClaimsGraph.Api.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Ide;

/// <summary>
/// Serves Banana Cake Pop at <c>/graphql/</c>, offline and with telemetry off. Its asset paths are
/// relative, so a browser's <c>GET /graphql</c> is redirected to <c>/graphql/</c>; the IDE then posts
/// queries to <c>/graphql</c> (bcp-config.json). The package's LICENSE is served alongside, unchanged.
/// </summary>
public static class BananaCakePopEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static bool IsIdeRequest(HttpRequest request) =>
        GraphQLMediaTypes.WantsHtml(request.Headers.Accept.ToString()) && !request.Query.ContainsKey("query");

    public static Task RedirectToIde(HttpContext http)
    {
        http.Response.Redirect(GraphQLHttpOptions.Path + "/");
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GraphQLHttpOptions.Path + "/bcp-config.json", (IOptions<IdeOptions> options) => Results.Json(new
        {
            useBrowserUrlAsEndpoint = true,
            endpoint = GraphQLHttpOptions.Path,
            disableTelemetry = true,
            title = options.Value.Title,
        }, JsonSerializerOptions.Web));
        endpoints.MapGet(GraphQLHttpOptions.Path + "/{**asset}", (string? asset, HttpContext http) => ServeAsync(asset, http));
        return endpoints;
    }

    public static async Task ServeIndexAsync(HttpContext http) => await (await ServeAsync(null, http)).ExecuteAsync(http);

    private static async Task<IResult> ServeAsync(string? asset, HttpContext http)
    {
        var files = http.RequestServices.GetRequiredService<BananaCakePopFiles>();
        var options = http.RequestServices.GetRequiredService<IOptions<IdeOptions>>();
        if (!options.Value.Enabled) return Results.NotFound();
        if (files.Provider is null)
            return Results.Text("The GraphQL IDE (Banana Cake Pop) is not installed on this server: run `npm ci` in src/ClaimsGraph.Api/Ide and rebuild.",
                "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);

        var path = string.IsNullOrEmpty(asset) ? "index.html" : asset;
        var file = files.Provider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory) return Results.NotFound();
        if (!ContentTypes.TryGetContentType(path, out var contentType)) contentType = "application/octet-stream";
        // index.html must not be cached across upgrades; hashed assets under static/ may be.
        http.Response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=604800" : "no-cache";
        await using var stream = file.CreateReadStream();
        var bytes = new byte[file.Length];
        await stream.ReadExactlyAsync(bytes, http.RequestAborted);
        return Results.Bytes(bytes, contentType);
    }
}
