using System.Diagnostics;
using ClaimsGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Metrics;

/// <summary>
/// Wraps every GraphQL execution (parse, validation and resolvers) to record its duration and the codes
/// of the errors it returns. Transport refusals before execution (406, 413, 415, 429) are not GraphQL
/// executions and show up in ASP.NET Core's own http.server metrics instead.
/// </summary>
public static class GraphQLExecutionMetrics
{
    public static async Task<ExecutionResult> MeasureAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var metrics = options.RequestServices?.GetService<ClaimsGraphMetrics>();
        if (metrics is null) return await next(options);

        var started = Stopwatch.GetTimestamp();
        var result = await next(options);
        metrics.RequestTook(OperationType(result), Stopwatch.GetElapsedTime(started));
        // The same classification the client sees in extensions.code (ClaimsGraphErrorInfoProvider).
        var errorInfo = options.RequestServices?.GetService<IErrorInfoProvider>();
        foreach (var error in result.Errors ?? [])
        {
            var extensions = errorInfo?.GetInfo(error).Extensions;
            var code = extensions is not null && extensions.TryGetValue("code", out var value) && value is string s ? s : error.Code;
            metrics.Error(code is { Length: > 0 and <= 64 } ? code : ErrorCodes.InternalError);
        }
        return result;
    }

    private static string OperationType(ExecutionResult result) => result.Operation?.Operation switch
    {
        GraphQLParser.AST.OperationType.Query => "query",
        GraphQLParser.AST.OperationType.Mutation => "mutation",
        GraphQLParser.AST.OperationType.Subscription => "subscription",
        _ => "invalid",
    };
}
