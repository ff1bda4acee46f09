using GraphQL;

namespace ClaimsGraph.Api.GraphQL.Common;

/// <summary>
/// An error the client caused and can fix; thrown from resolvers, reported as is with its code.
/// GraphQL.NET passes <see cref="ExecutionError"/>s through untouched, so no stack trace can leak.
/// </summary>
public sealed class ClientError : ExecutionError
{
    public ClientError(string code, string message) : base(message)
    {
        Code = code;
    }

    public static ClientError BadUserInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static ClientError NotFound(string id) => new(ErrorCodes.NotFound, $"Nothing has the id '{id}'.");
}
