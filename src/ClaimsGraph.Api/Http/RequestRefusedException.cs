using ClaimsGraph.Api.GraphQL.Common;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// A request refused before execution by a limit or the persisted-operation rules. It is answered like a
/// validation error (a GraphQL response with the error and no data), not as a transport failure.
/// </summary>
public sealed class RequestRefusedException(string code, string message) : Exception(message)
{
    public ClientError Error { get; } = new(code, message);
}
