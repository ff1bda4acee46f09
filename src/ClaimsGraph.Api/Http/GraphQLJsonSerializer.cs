using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace ClaimsGraph.Api.Http;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer with its options in view, so a response can be written straight into
/// the response pipe (<see cref="GraphQLHttpResponseWriter"/>) with exactly the bytes the serializer would write.
/// </summary>
public sealed class GraphQLJsonSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(errorInfoProvider)
{
    public JsonSerializerOptions Options => SerializerOptions;
}
