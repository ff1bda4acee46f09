using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL-over-HTTP requests as a client would and exposes the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null,
        string accept = "application/graphql-response+json", string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return await SendRawAsync(HttpMethod.Post, "/graphql", body, "application/json", accept, apiKey);
    }

    public async Task<GraphQLResponse> GetAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null) url += "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables));
        return await SendRawAsync(HttpMethod.Get, url, null, null, accept, null);
    }

    public async Task<GraphQLResponse> SendRawAsync(HttpMethod method, string url, object? body, string? contentType,
        string? accept, string? apiKey)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var content = body switch
            {
                byte[] bytes => new ByteArrayContent(bytes),
                string s => new ByteArrayContent(Encoding.UTF8.GetBytes(s)),
                _ => throw new ArgumentException("body must be string or byte[]"),
            };
            if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            request.Content = content;
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // non-JSON (the IDE's HTML): keep the text only
        }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers,
            string.Join(", ", response.Content.Headers.Allow), text, json);
    }
}

public sealed record GraphQLResponse(
    HttpStatusCode Status, string? MediaType, HttpResponseHeaders Headers, string Allow, string Text, JsonNode? Json)
{
    public JsonNode? Data => Json?["data"];

    public JsonArray Errors => Json?["errors"] as JsonArray ?? [];

    public IReadOnlyList<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();

    /// <summary>The data of a response that must have no errors (the errors are in the failure message).</summary>
    public JsonNode Ok()
    {
        Assert.True(Errors.Count == 0, "GraphQL errors: " + Text);
        Assert.Equal(HttpStatusCode.OK, Status);
        return Data ?? throw new Xunit.Sdk.XunitException("No data: " + Text);
    }
}
