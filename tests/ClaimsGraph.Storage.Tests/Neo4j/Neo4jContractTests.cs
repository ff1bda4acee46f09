using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j;
using ClaimsGraph.Storage.Neo4j.Client;
using ClaimsGraph.Storage.Tests.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract on a real Neo4j, through the same registration the API uses. Runs when NEO4J_URI
/// is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE optional); EVERY node of that database is deleted
/// before each test, so point it at a throw-away server (docker compose up neo4j).
/// </summary>
[RequiresEnvironment("NEO4J_URI",
    "Neo4j contract tests need a server: set NEO4J_URI=http://localhost:7474 and NEO4J_PASSWORD after `docker compose up -d neo4j` (see docs/neo4j.md).")]
public sealed class Neo4jContractTests : ClaimsStoreContractTests, IDisposable
{
    private ServiceProvider? _services;

    protected override async Task<IClaimsStore> CreateStoreAsync()
    {
        _services?.Dispose();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = Environment.GetEnvironmentVariable("NEO4J_URI"),
            ["Neo4j:User"] = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            ["Neo4j:Password"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            ["Neo4j:Database"] = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddClaimsStore(configuration).BuildServiceProvider();

        // A fresh, empty store per test, as the contract asks; constraints and indexes stay.
        await _services.GetRequiredService<Neo4jQueryClient>().RunAsync("MATCH (n) DETACH DELETE n");
        var store = _services.GetRequiredService<IClaimsStore>();
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => _services?.Dispose();
}
