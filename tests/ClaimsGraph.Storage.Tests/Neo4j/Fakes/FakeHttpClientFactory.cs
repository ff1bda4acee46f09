namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>Hands out clients over one handler, as IHttpClientFactory would over its pooled one.</summary>
public sealed class FakeHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
}
