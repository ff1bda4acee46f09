using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Storage.Tests.Neo4j;

/// <summary>Storage:Provider=Neo4j wiring: options from configuration, nothing contacted at registration.</summary>
public sealed class Neo4jRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = "Neo4j";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddClaimsStore(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Provider_Neo4j_registers_the_Neo4j_store_bound_to_the_Neo4j_section()
    {
        using var services = Services(new()
        {
            ["Neo4j:Uri"] = "https://abc.databases.neo4j.io",
            ["Neo4j:Database"] = "claims",
            ["Neo4j:User"] = "reader",
            ["Neo4j:Password"] = "pw",
            ["Neo4j:RequestTimeout"] = "00:00:05",
        });

        var store = services.GetRequiredService<IClaimsStore>();
        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.IsType<Neo4jClaimsStore>(store);
        Assert.Same(store, services.GetRequiredService<IClaimsStore>());
        Assert.Equal(new Uri("https://abc.databases.neo4j.io"), options.Uri);
        Assert.Equal(("claims", "reader", "pw"), (options.Database, options.User, options.Password));
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.Equal(new Uri("https://abc.databases.neo4j.io/db/claims/query/v2"),
            services.GetRequiredService<ClaimsGraph.Storage.Neo4j.Client.Neo4jQueryClient>().QueryUri);
    }

    [Fact]
    public void Defaults_point_at_a_local_server()
    {
        using var services = Services([]);
        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void A_bolt_uri_is_refused_with_a_clear_message()
    {
        using var services = Services(new() { ["Neo4j:Uri"] = "bolt://localhost:7687" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IClaimsStore>());

        Assert.Contains("Neo4j:Uri must be an absolute http(s) URL", error.Message);
    }
}
