using ClaimsGraph.Api.GraphQL.Common;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Auth;

/// <summary>
/// With <c>Auth:RequireKeyForReads</c>, refuses a query without a valid X-Api-Key before it runs
/// (code UNAUTHENTICATED). Mutations are covered by <see cref="MutationsRequireApiKeyRule"/>.
/// </summary>
public sealed class ReadsRequireApiKeyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var validator = context.RequestServices?.GetService<ApiKeyValidator>();
        var authenticated = context.UserContext is ClaimsGraphUserContext { HasValidApiKey: true };
        if (validator is { RequireKeyForReads: true } && context.Operation.Operation != OperationType.Mutation && !authenticated)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"This server needs a valid API key in the {ApiKeyOptions.HeaderName} header for queries too (Auth:RequireKeyForReads).",
                context.Operation)
            {
                Code = ErrorCodes.Unauthenticated,
            });
        }
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
