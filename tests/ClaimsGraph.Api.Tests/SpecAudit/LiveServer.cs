using ClaimsGraph.Api.Extensions;
using ClaimsGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.SpecAudit;

/// <summary>
/// The API on real Kestrel at a free loopback port, built by the API's own wiring (AddClaimsGraphApi /
/// MapClaimsGraphApi), so that out-of-process clients such as node can reach it. TestServer cannot be.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimsgraph-live-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string GraphQLUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0"],
            EnvironmentName = "Production",
            ContentRootPath = Path.Combine(RepoPaths.Root, "src", "ClaimsGraph.Api"),
            ApplicationName = typeof(ClaimsGraphApiExtensions).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "claimsgraph.db"),
            ["Samples:Path"] = RepoPaths.Samples,
            ["Samples:IngestWhenEmpty"] = "true",
            ["Auth:ApiKeys:0"] = ApiFactory.ApiKey,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddClaimsGraphApi();
        _app = builder.Build();
        _app.MapClaimsGraphApi();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        GraphQLUrl = address.TrimEnd('/') + "/graphql";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp file is harmless
        }
    }
}
