using ClaimsGraph.Domain.Store;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// Gives every error an <c>extensions.code</c>: client errors keep theirs, parse and validation errors get
/// GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED (the rule's own code stays in <c>extensions.rule</c>),
/// an unreachable store is STORE_UNAVAILABLE, anything else INTERNAL_SERVER_ERROR with a generic message
/// (exception details only when <paramref name="exposeDetails"/>, i.e. in Development).
/// </summary>
public sealed class ClaimsGraphErrorInfoProvider(bool exposeDetails) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = exposeDetails,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        var (code, message) = Classify(executionError);
        if (code is not null)
        {
            if (executionError is ValidationError { Code: { } rule }) extensions["rule"] = rule;
            extensions["code"] = code;
        }
        if (!extensions.ContainsKey("code")) extensions["code"] = ErrorCodes.InternalError;
        return new ErrorInfo { Message = message ?? info.Message, Extensions = extensions };
    }

    private (string? Code, string? Message) Classify(ExecutionError error) => error switch
    {
        ClientError => (null, null),
        SyntaxError or { InnerException: GraphQLSyntaxErrorException } => (ErrorCodes.ParseFailed, null),
        ValidationError { Code: ErrorCodes.Unauthenticated } => (null, null),
        ValidationError => (ErrorCodes.ValidationFailed, null),
        { InnerException: StoreUnavailableException e } => (ErrorCodes.StoreUnavailable, e.Message),
        { InnerException: not null } when !exposeDetails => (ErrorCodes.InternalError, "Internal error; the server log has the details."),
        { InnerException: not null } => (ErrorCodes.InternalError, null),
        _ => (null, null),
    };
}
