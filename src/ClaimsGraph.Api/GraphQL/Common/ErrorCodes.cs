namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>The values of <c>extensions.code</c> this API gives its errors (documented in docs/api.md).</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string ArticleTooLarge = "ARTICLE_TOO_LARGE";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
