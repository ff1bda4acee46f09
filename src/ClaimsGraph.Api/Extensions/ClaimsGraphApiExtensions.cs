using ClaimsGraph.Api.Auth;
using ClaimsGraph.Api.Cors;
using ClaimsGraph.Api.Execution;
using ClaimsGraph.Api.GraphQL.Articles;
using ClaimsGraph.Api.Metrics;
using ClaimsGraph.Api.RateLimiting;
using ClaimsGraph.Api.Security;
using ClaimsGraph.Api.GraphQL;
using ClaimsGraph.Api.GraphQL.Common;
using ClaimsGraph.Api.Health;
using ClaimsGraph.Api.Http;
using ClaimsGraph.Api.Ide;
using ClaimsGraph.Api.Startup;
using ClaimsGraph.Extraction.Ingestion;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Storage;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Formatting.Compact;

namespace ClaimsGraph.Api.Extensions;

/// <summary>All of the API's wiring: services in <see cref="AddClaimsGraphApi"/>, endpoints in <see cref="MapClaimsGraphApi"/>.</summary>
public static class ClaimsGraphApiExtensions
{
    public static WebApplicationBuilder AddClaimsGraphApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.AddLogging();

        // Store and ingestion (the same ingestor the CLI uses).
        services.AddClaimsStore(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(configuration.GetSection(ExtractionOptions.SectionName).Get<ExtractionOptions>() ?? new ExtractionOptions());
        services.TryAddSingleton<IArticleExtractor, ExtractionPipeline>();
        services.TryAddSingleton(configuration.GetSection(IngestionOptions.SectionName).Get<IngestionOptions>() ?? new IngestionOptions());
        services.TryAddSingleton<ArticleIngestor>();
        services.Configure<SamplesOptions>(configuration.GetSection(SamplesOptions.SectionName));
        services.AddHostedService<StoreStartup>();

        services.AddClaimsGraphSchema(exposeExceptionDetails: builder.Environment.IsDevelopment());

        // GraphQL-over-HTTP transport, auth, IDE, health.
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpResponseWriter>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.Configure<CompiledQueryOptions>(configuration.GetSection(CompiledQueryOptions.SectionName));
        services.AddSingleton<OperationPlanCache>();
        services.AddSingleton<CompiledQueries>();
        services.AddGraphQLRequestGuards(configuration);
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.SectionName));
        services.AddSingleton<ApiKeyValidator>();
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.SectionName));
        services.AddSingleton<BananaCakePopFiles>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag]);

        // Operations: batch ingest, metrics, CORS, rate limits, graceful shutdown (docs/operations.md).
        services.Configure<IngestBatchOptions>(configuration.GetSection(IngestBatchOptions.SectionName));
        services.AddScoped<IngestArticlesBatch>();
        services.AddClaimsGraphMetrics();
        services.AddClaimsGraphCors(configuration);
        services.AddClaimsGraphRateLimiting(configuration);
        services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Host:ShutdownTimeoutSeconds", 30)));
        return builder;
    }

    /// <summary>The GraphQL schema, its types, execution rules and per-request batch loaders (no store, no HTTP).</summary>
    public static IServiceCollection AddClaimsGraphSchema(this IServiceCollection services, bool exposeExceptionDetails)
    {
        services.AddGraphQL(graphql => graphql
            .AddSchema<ClaimsGraphSchema>()
            .AddGraphTypes(typeof(ClaimsGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddSerializer<GraphQLJsonSerializer>()
            .AddErrorInfoProvider(new ClaimsGraphErrorInfoProvider(exposeExceptionDetails))
            .ConfigureExecution(GraphQLExecutionMetrics.MeasureAsync)
            .ConfigureExecution(CompiledQueries.ExecuteAsync)
            .AddUnhandledExceptionHandler(LogUnhandled));
        // The HTTP reader and writer use the serializer's options directly: the same instance GraphQL.NET uses.
        services.AddSingleton(sp => (GraphQLJsonSerializer)sp.GetRequiredService<IGraphQLTextSerializer>());
        services.AddTransient(typeof(ConnectionType<,>));
        services.AddTransient(typeof(EdgeType<,>));
        services.AddScoped<ClaimsGraphLoaders>();
        return services;
    }

    public static WebApplication MapClaimsGraphApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseCors(CorsSetup.PolicyName);
        app.UseRateLimiter();
        // Resolve now so a missing key is generated and logged once at start, not at the first mutation.
        app.Services.GetRequiredService<ApiKeyValidator>();
        app.MapGraphQLHttp();
        app.MapBananaCakePop();
        app.MapHealth();
        app.MapClaimsGraphMetrics();
        app.MapGet("/", () => Results.Redirect(GraphQLHttpOptions.Path + "/")).ExcludeFromDescription();
        return app;
    }

    /// <summary>Serilog from configuration (levels, enrichers); <c>Serilog:Format=compact</c> writes compact JSON.</summary>
    private static void AddLogging(this WebApplicationBuilder builder)
    {
        var compact = string.Equals(builder.Configuration["Serilog:Format"], "compact", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (compact) logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            else logger.WriteTo.Console();
        });
    }

    private static Task LogUnhandled(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        if (context.OriginalException is not ClaimsGraph.Domain.Store.StoreUnavailableException)
        {
            var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("ClaimsGraph.Api.GraphQL");
            logger?.LogError(context.OriginalException, "Unhandled error in GraphQL field {Field}", context.FieldContext?.FieldDefinition.Name);
        }
        return Task.CompletedTask;
    }
}
