namespace ClaimsGraph.Api.Http;

/// <summary>Bound to <c>GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL:Http";

    public const string Path = "/graphql";

    /// <summary>
    /// Largest request body accepted (default 8 MiB): room for a 2 MB article even when JSON escaping
    /// inflates it, so an oversized article gets ARTICLE_TOO_LARGE from ingestion rather than a 413.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 8 * 1024 * 1024;
}
