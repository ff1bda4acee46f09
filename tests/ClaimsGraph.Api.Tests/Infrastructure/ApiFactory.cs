using ClaimsGraph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over real HTTP handlers, on a fresh SQLite file in a temp folder. By default it ingests
/// the repository's samples/ at start, as `dotnet run` does.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimsgraph-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings for a test class's factory (e.g. a smaller size limit).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual bool IngestSamples => true;

    public string DatabasePath => Path.Combine(_folder, "claimsgraph.db");

    /// <summary>Wraps the store, e.g. to count calls; applied when the host is built.</summary>
    public Func<IClaimsStore, IClaimsStore>? DecorateStore { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
        builder.UseSetting("Samples:Path", RepoPaths.Samples);
        builder.UseSetting("Samples:IngestWhenEmpty", IngestSamples ? "true" : "false");
        builder.UseSetting("Auth:ApiKeys:0", ApiKey);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (DecorateStore is { } decorate)
        {
            builder.ConfigureServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(IClaimsStore));
                services.Remove(original);
                services.AddSingleton(sp => decorate(Resolve(sp, original)));
            });
        }
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp file is harmless
        }
    }

    private static IClaimsStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IClaimsStore instance } => instance,
        { ImplementationFactory: { } factory } => (IClaimsStore)factory(services),
        { ImplementationType: { } type } => (IClaimsStore)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("Cannot resolve the original IClaimsStore registration."),
    };
}
