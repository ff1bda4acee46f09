using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using ClaimsGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// Turns an HTTP request into a <see cref="GraphQLRequest"/> per GraphQL-over-HTTP: POST with an
/// application/json body, or GET with query, operationName, variables and extensions in the query string.
/// Anything malformed becomes a <see cref="GraphQLHttpProblemException"/> with a 4xx status.
/// </summary>
public sealed class GraphQLHttpRequestReader(GraphQLJsonSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType))
            throw Problem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8), not '{request.ContentType ?? "none"}'.");

        using var body = await ReadBodyAsync(request, cancellationToken);
        if (!Utf8.IsValid(body.GetBuffer().AsSpan(0, (int)body.Length)))
            throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body is not valid UTF-8.");
        try
        {
            // Already in memory: parsed in one synchronous pass with the serializer's options.
            var parsed = JsonSerializer.Deserialize<GraphQLRequest>(body.GetBuffer().AsSpan(0, (int)body.Length), serializer.Options)
                ?? throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body is JSON null; send a GraphQL request object.");
            if (parsed.Query is null && parsed.DocumentId is null) parsed.DocumentId = ReadTopLevelId(body.GetBuffer().AsSpan(0, (int)body.Length));
            return parsed;
        }
        catch (JsonException e)
        {
            throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The body is not a GraphQL request in JSON: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The body is not a GraphQL request in JSON: {e.Message}");
        }
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        var query = request.Query;
        foreach (var key in new[] { "query", "operationName", "variables", "extensions", "id", "documentId" })
            if (query[key].Count > 1) throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{key}' is given more than once.");
        return new GraphQLRequest
        {
            Query = query["query"].ToString() is { Length: > 0 } q ? q : null,
            OperationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null,
            Variables = ReadJsonParameter(query["variables"].ToString(), "variables"),
            Extensions = ReadJsonParameter(query["extensions"].ToString(), "extensions"),
            DocumentId = (query["documentId"].ToString() is { Length: > 0 } documentId ? documentId : null)
                ?? (query["id"].ToString() is { Length: > 0 } id ? id : null),
        };
    }

    /// <summary>
    /// The top-level "id" of a persisted-operation request (<c>{"id": "&lt;name or sha256&gt;"}</c>), which the
    /// GraphQL.NET request model does not carry (it knows "documentId"); null when absent or not a string.
    /// </summary>
    private static string? ReadTopLevelId(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
        }
        return null;
    }

    private Inputs? ReadJsonParameter(string json, string name)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return serializer.Deserialize<Inputs>(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw Problem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{name}' is not a JSON object: {e.Message}");
        }
    }

    /// <summary>
    /// Reads at most MaxRequestBytes; a longer body is refused with 413 without reading it all. The buffer is
    /// sized by Content-Length when the client sends one and the read chunk is pooled: a request allocates
    /// about its own size, not a fixed 80 KB.
    /// </summary>
    private async Task<MemoryStream> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit) throw TooLarge(limit);
        var buffer = new MemoryStream(request.ContentLength is long length and > 0 ? (int)length : 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) throw TooLarge(limit);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static GraphQLHttpProblemException TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body is larger than {limit:N0} bytes (GraphQL:MaxRequestBytes).");

    private static GraphQLHttpProblemException Problem(int status, string code, string message) => new(new GraphQLHttpProblem(status, code, message));
}
