using ClaimsGraph.Storage.Neo4j;
using ClaimsGraph.Storage.Neo4j.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

public static class Neo4jTestClients
{
    /// <summary>Options for tests: retries without waiting, a short timeout.</summary>
    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            User = "neo4j",
            Password = "secret-pw",
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetries = 3,
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jQueryClient Client(HttpMessageHandler handler, Neo4jOptions? options = null) =>
        Client(new FakeHttpClientFactory(handler), options);

    public static Neo4jQueryClient Client(IHttpClientFactory factory, Neo4jOptions? options = null) =>
        new(factory, Microsoft.Extensions.Options.Options.Create(options ?? Options()), NullLogger<Neo4jQueryClient>.Instance);

    public static Neo4jClaimsStore Store(HttpMessageHandler handler, Neo4jOptions? options = null)
    {
        options ??= Options();
        return new Neo4jClaimsStore(Client(handler, options), Microsoft.Extensions.Options.Options.Create(options), NullLogger<Neo4jClaimsStore>.Instance);
    }
}
