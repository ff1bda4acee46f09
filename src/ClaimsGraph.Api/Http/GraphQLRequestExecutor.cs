using ClaimsGraph.Api.Auth;
using ClaimsGraph.Api.GraphQL;
using ClaimsGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request against the schema for the HTTP endpoint. Seam for the request limits,
/// persisted operations and metrics that come later: they hook in here, before and around execution.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ClaimsGraphSchema> executer, ApiKeyValidator apiKeys)
{
    public async Task<ExecutionResult> ExecuteAsync(
        HttpContext http, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var document = TryParse(request.Query);
        if (isGet && document is not null && SelectedOperation(document, request.OperationName)?.Operation is OperationType.Mutation)
        {
            throw new GraphQLHttpProblemException(new GraphQLHttpProblem(StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.MethodNotAllowed, "Mutations are only accepted over POST.")
            {
                Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
            });
        }

        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new ClaimsGraphUserContext
            {
                HasValidApiKey = apiKeys.IsValid(http.Request.Headers[ApiKeyOptions.HeaderName].ToString()),
            },
            CancellationToken = cancellationToken,
        };
        return await executer.ExecuteAsync(options);
    }

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

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null) return operations.Count == 1 ? operations[0] : null;
        return operations.FirstOrDefault(o => o.Name is not null && o.Name.Value == operationName);
    }
}
