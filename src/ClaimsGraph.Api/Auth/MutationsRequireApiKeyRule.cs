using ClaimsGraph.Api.GraphQL.Common;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Auth;

/// <summary>
/// Refuses a mutation without a valid X-Api-Key during validation, so the operation never runs and
/// nothing is written. The error's code is UNAUTHENTICATED.
/// </summary>
public sealed class MutationsRequireApiKeyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var authenticated = context.UserContext is ClaimsGraphUserContext { HasValidApiKey: true };
        if (operation.Operation == OperationType.Mutation && !authenticated)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"Mutations need a valid API key in the {ApiKeyOptions.HeaderName} header.", operation)
            {
                Code = ErrorCodes.Unauthenticated,
            });
        }
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
