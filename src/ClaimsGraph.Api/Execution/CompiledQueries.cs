using ClaimsGraph.Api.Http;
using ClaimsGraph.Api.Metrics;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Execution;

/// <summary>
/// The fast path for a query whose document validated before: it runs on a plan compiled once per document and
/// operation (<see cref="OperationPlan"/>) with the schema's own resolvers, skipping GraphQL.NET's per-request work
/// (the variable and argument visitors over the document, field collection on every object, execution nodes).
/// Mutations, subscriptions, introspection and directives have no plan, and a planned request that would end in an
/// error is run again by GraphQL.NET, so every error, code and path is GraphQL.NET's own. Queries only read, so
/// running one again is safe. Sits inside the metrics wrapper: planned requests are measured like the rest.
/// </summary>
public sealed class CompiledQueries(
    ValidatedDocumentCache validatedDocuments, OperationPlanCache plans, IOptions<CompiledQueryOptions> options,
    ClaimsGraphMetrics metrics, ILogger<CompiledQueries> logger)
{
    public static Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
        options.RequestServices?.GetService<CompiledQueries>() is { } compiled
            ? compiled.RunAsync(options, next)
            : next(options);

    private async Task<ExecutionResult> RunAsync(ExecutionOptions request, ExecutionDelegate next)
    {
        if (!options.Value.Enabled || request.Document is null || request.Schema is null
            || !validatedDocuments.IsValidated(request.Query, request.Document))
            return await Engine(request, next, "graphql-net");
        var plan = plans.For(request.Document, request.OperationName, request.Schema);
        if (plan is null) return await Engine(request, next, "graphql-net");

        var (data, abandoned) = await PlanExecution.TryExecuteAsync(plan, request);
        if (data is null)
        {
            logger.LogDebug("Planned execution of {OperationName} left to GraphQL.NET: {Reason}", request.OperationName, abandoned);
            return await Engine(request, next, "fallback");
        }
        metrics.Executed("plan");
        return new ExecutionResult
        {
            Executed = true,
            Data = data,
            Query = request.Query,
            Document = request.Document,
            Operation = plan.Operation,
        };
    }

    private Task<ExecutionResult> Engine(ExecutionOptions request, ExecutionDelegate next, string engine)
    {
        metrics.Executed(engine);
        return next(request);
    }
}
