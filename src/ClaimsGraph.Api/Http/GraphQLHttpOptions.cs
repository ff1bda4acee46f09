namespace ClaimsGraph.Api.Http;

/// <summary>Bound to the <c>GraphQL</c> section (the limits there are in <see cref="Limits.GraphQLLimitsOptions"/>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    public const string Path = "/graphql";

    /// <summary>
    /// Key <c>GraphQL:MaxRequestBytes</c>. Largest request body accepted (default 8 MiB): room for a 2 MB article even when JSON escaping
    /// inflates it, so an oversized article gets ARTICLE_TOO_LARGE from ingestion rather than a 413.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 8 * 1024 * 1024;
}
