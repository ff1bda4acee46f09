using Microsoft.Net.Http.Headers;

namespace ClaimsGraph.Api.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec and the Accept negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type the client accepts, preferring application/graphql-response+json on equal
    /// quality; application/json (the legacy default) when there is no Accept header or only wildcards;
    /// null when nothing acceptable is listed (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var values)) return Json;

        double Quality(string mediaType) => values
            .Where(v => v.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Quality ?? 1.0)
            .DefaultIfEmpty(-1)
            .Max();

        var graphql = Quality(GraphQLResponse);
        var json = Quality(Json);
        if (graphql > 0 && graphql >= json) return GraphQLResponse;
        if (json > 0) return Json;
        var wildcard = values.Any(v => (v.MediaType.Equals("*/*", StringComparison.Ordinal)
            || v.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)) && (v.Quality ?? 1.0) > 0);
        return wildcard ? Json : null;
    }

    /// <summary>True for application/json with no charset or charset utf-8.</summary>
    public static bool IsJsonBody(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var value)) return false;
        if (!value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return false;
        var charset = value.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    public static bool WantsHtml(string? accept) =>
        accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
