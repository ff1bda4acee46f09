using System.Diagnostics.Metrics;
using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Api.Metrics;

/// <summary>
/// The API's own instruments (meter "ClaimsGraph"), exported at /metrics by OpenTelemetry's Prometheus
/// exporter. Tags are from small fixed sets (outcome, error code, operation type) so series stay bounded.
/// </summary>
public sealed class ClaimsGraphMetrics : IDisposable
{
    public const string MeterName = "ClaimsGraph";

    private readonly Meter _meter;
    private readonly Counter<long> _articles;
    private readonly Histogram<double> _ingestDuration;
    private readonly Histogram<double> _extractionDuration;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _executions;

    public ClaimsGraphMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _articles = _meter.CreateCounter<long>("claimsgraph.ingest.articles", "{article}",
            "Articles offered for ingest, by outcome (created, unchanged, replaced, failed).");
        _ingestDuration = _meter.CreateHistogram<double>("claimsgraph.ingest.duration", "s",
            "Time to ingest one batch (one ingestArticle or ingestArticles call), extraction and write.");
        _extractionDuration = _meter.CreateHistogram<double>("claimsgraph.extraction.duration", "s",
            "Time to validate and extract one article.");
        _requestDuration = _meter.CreateHistogram<double>("claimsgraph.graphql.request.duration", "s",
            "Time to parse, validate and execute one GraphQL request, by operation type.");
        _errors = _meter.CreateCounter<long>("claimsgraph.graphql.errors", "{error}",
            "GraphQL errors returned to clients, by extensions.code.");
        _executions = _meter.CreateCounter<long>("claimsgraph.graphql.executions", "{request}",
            "GraphQL executions by engine: plan (a compiled query plan), graphql-net (no plan: a new document, a mutation, "
            + "introspection, directives) and fallback (a planned query handed to GraphQL.NET, e.g. because it ends in an error).");
    }

    public void ArticleIngested(UpsertOutcome outcome) =>
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void ArticleFailed() => _articles.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void IngestTook(TimeSpan elapsed) => _ingestDuration.Record(elapsed.TotalSeconds);

    public void ExtractionTook(TimeSpan elapsed) => _extractionDuration.Record(elapsed.TotalSeconds);

    public void RequestTook(string operationType, TimeSpan elapsed) =>
        _requestDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", operationType));

    public void Error(string code) => _errors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Executed(string engine) => _executions.Add(1, new KeyValuePair<string, object?>("engine", engine));

    public void Dispose() => _meter.Dispose();
}
