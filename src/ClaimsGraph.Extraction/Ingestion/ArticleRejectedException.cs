namespace ClaimsGraph.Extraction.Ingestion;

/// <summary>
/// An article that cannot be ingested (empty, too large, not text). Nothing of it was written.
/// <see cref="Code"/> is BAD_USER_INPUT or ARTICLE_TOO_LARGE; the message names the problem for the client.
/// </summary>
public sealed class ArticleRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
