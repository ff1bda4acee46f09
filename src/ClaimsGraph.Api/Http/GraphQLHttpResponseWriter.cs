using System.Text.Json;
using GraphQL;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// Writes GraphQL responses with the negotiated media type. Status codes follow GraphQL-over-HTTP: with
/// application/graphql-response+json a request that could not be executed (parse or validation error)
/// is 400; with legacy application/json every well-formed request is 200. Refusals before execution carry
/// their own status (400, 405, 406, 413, 415).
/// </summary>
public sealed class GraphQLHttpResponseWriter(GraphQLJsonSerializer serializer)
{
    public async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var failedBeforeExecution = !result.Executed;
        http.Response.StatusCode = failedBeforeExecution && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await WriteBodyAsync(http, result);
    }

    public async Task WriteProblemAsync(HttpContext http, string mediaType, GraphQLHttpProblem problem)
    {
        http.Response.StatusCode = problem.StatusCode;
        foreach (var (name, value) in problem.Headers) http.Response.Headers[name] = value;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var error = new ExecutionError(problem.Message) { Code = problem.Code };
        var result = new ExecutionResult { Errors = [error], Executed = false };
        await WriteBodyAsync(http, result);
    }

    /// <summary>
    /// Serializes into the response pipe in one synchronous pass and flushes once, rather than through a stream
    /// adapter and a pooled buffer (GraphQL.NET's WriteAsync); the bytes are the same, with the serializer's options.
    /// </summary>
    private async Task WriteBodyAsync(HttpContext http, ExecutionResult result)
    {
        var options = serializer.Options;
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter,
            new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth }))
        {
            JsonSerializer.Serialize(writer, result, options);
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
