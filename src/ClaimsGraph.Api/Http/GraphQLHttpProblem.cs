namespace ClaimsGraph.Api.Http;

/// <summary>A request refused before execution: its HTTP status, error code and message for the client.</summary>
public sealed record GraphQLHttpProblem(int StatusCode, string Code, string Message)
{
    /// <summary>Extra response headers (Allow on 405).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public sealed class GraphQLHttpProblemException(GraphQLHttpProblem problem) : Exception(problem.Message)
{
    public GraphQLHttpProblem Problem { get; } = problem;
}
