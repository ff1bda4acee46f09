using ClaimsGraph.Api.Auth;
using ClaimsGraph.Api.GraphQL;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Http.PersistedOperations;
using ClaimsGraph.Api.Metrics;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request against the schema for the HTTP endpoint: resolves persisted operations,
/// applies the request limits (variables size, introspection, depth, cost) and the API-key access rules
/// before execution and the execution timeout around it. A refusal is answered as a GraphQL error that
/// was never executed, and counted by code in the error metrics.
/// </summary>
public sealed class GraphQLRequestExecutor(
    IDocumentExecuter<ClaimsGraphSchema> executer, ApiKeyValidator apiKeys,
    PersistedOperationResolver persistedOperations, RequestLimits limits, ValidatedDocumentCache validatedDocuments,
    ClaimsGraphMetrics metrics)
{
    public async Task<ExecutionResult> ExecuteAsync(
        HttpContext http, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteWithinLimitsAsync(http, request, isGet, cancellationToken);
        }
        catch (RequestRefusedException refused)
        {
            // Never executed, so the execution metrics never see it: count the refusal's code here.
            metrics.Error(refused.Error.Code ?? ErrorCodes.BadRequest);
            return new ExecutionResult { Errors = [refused.Error], Executed = false };
        }
    }

    private async Task<ExecutionResult> ExecuteWithinLimitsAsync(
        HttpContext http, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var query = persistedOperations.ResolveQuery(request);
        limits.CheckVariables(request.Variables, RequestBytes(http.Request));
        var cached = validatedDocuments.Find(query);
        var document = cached ?? TryParse(query);
        if (document is not null) limits.CheckDocument(document, request.OperationName, request.Variables);
        var operation = document is null ? null : DocumentOperations.Select(document, request.OperationName)?.Operation;
        if (isGet && operation is OperationType.Mutation)
        {
            throw new GraphQLHttpProblemException(new GraphQLHttpProblem(StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.MethodNotAllowed, "Mutations are only accepted over POST.")
            {
                Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
            });
        }

        OperationAccess.Require(operation, apiKeys.IsValid(http.Request.Headers[ApiKeyOptions.HeaderName].ToString()), apiKeys);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ExecutionTimeout);
        var options = new ExecutionOptions
        {
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            UserContext = new RequestUserContext(http.RequestServices),
            User = http.User,
            CancellationToken = timeout.Token,
            // A document that validated before needs none of the spec's rules again (access is checked above).
            ValidationRules = cached is null ? null : [],
        };
        try
        {
            var result = await executer.ExecuteAsync(options);
            if (cached is null && document is not null && result.Executed) validatedDocuments.Keep(query!, document);
            return TimedOut(timeout, cancellationToken) ? TimeoutResult() : result;
        }
        catch (OperationCanceledException) when (TimedOut(timeout, cancellationToken))
        {
            return TimeoutResult();
        }
    }

    /// <summary>The size of what the request was read from (body or query string), when known.</summary>
    private static long? RequestBytes(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) ? request.QueryString.Value?.Length ?? 0 : request.ContentLength;

    private static bool TimedOut(CancellationTokenSource timeout, CancellationToken requestAborted) =>
        timeout.IsCancellationRequested && !requestAborted.IsCancellationRequested;

    private ExecutionResult TimeoutResult() => new()
    {
        Errors = [new ClientError(RequestLimitCodes.Timeout,
            $"The operation did not finish within {limits.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled (GraphQL:ExecutionTimeout).")],
        Executed = true,
    };

    /// <summary>The parsed document, or null when it does not parse (the executer then reports the syntax error).</summary>
    private static GraphQLDocument? TryParse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return null;
        }
    }
}
