using ClaimsGraph.Extraction.Ingestion;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace ClaimsGraph.Cli;

/// <summary>
/// The CLI's services, configured like the API: appsettings.json next to the executable, then
/// environment variables (<c>Storage__Sqlite__Path</c>, <c>Storage__Provider</c>, …), then command-line
/// overrides. Commands that need the store or the ingestor build their provider here.
/// </summary>
public static class CliHost
{
    public static IConfiguration Configuration(IDictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    /// <summary>Overrides that make <paramref name="sqlitePath"/> the store (the <c>--db PATH</c> shortcut).</summary>
    public static Dictionary<string, string?> SqliteOverride(string? sqlitePath) => sqlitePath is null
        ? []
        : new() { ["Storage:Provider"] = nameof(StorageProvider.Sqlite), ["Storage:Sqlite:Path"] = sqlitePath };

    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        // Logs go to stderr so they never mix with a command's output; warnings and up unless configured.
        var logger = new LoggerConfiguration()
            .MinimumLevel.Warning()
            .ReadFrom.Configuration(configuration, new Serilog.Settings.Configuration.ConfigurationReaderOptions { SectionName = "Cli:Serilog" })
            // No {Exception} in the template: the user gets the safe message, not a stack trace.
            .WriteTo.Console(outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}", standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose)
            .CreateLogger();
        services.AddLogging(logging => logging.AddSerilog(logger, dispose: true));
        services.AddSingleton(configuration);
        services.AddClaimsStore(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(configuration.GetSection(ExtractionOptions.SectionName).Get<ExtractionOptions>() ?? new ExtractionOptions());
        services.TryAddSingleton<IArticleExtractor, ExtractionPipeline>();
        services.TryAddSingleton(configuration.GetSection(IngestionOptions.SectionName).Get<IngestionOptions>() ?? new IngestionOptions());
        services.TryAddSingleton<ArticleIngestor>();
        return services.BuildServiceProvider();
    }
}
