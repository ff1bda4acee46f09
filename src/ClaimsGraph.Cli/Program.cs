using ClaimsGraph.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("claimsgraph");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Ingest articles (files, folders, .jsonl) into the configured store.");
    config.AddCommand<ExtractCommand>("extract").WithDescription("Run the extraction pipeline and print its JSON (one file, or --jsonl).");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score extraction against PolNeAR-format gold data.");
    config.AddCommand<BenchCommand>("bench").WithDescription("Measure extraction speed over a .jsonl corpus.");
    config.AddCommand<GenerateCommand>("generate").WithDescription("Write N synthetic news articles into a SQLite store (for benchmarks).");
    config.AddCommand<BenchApiCommand>("bench-api").WithDescription("Measure API latency and throughput (GraphQL vs store) over a generated database.");
    config.AddCommand<ExportSchemaCommand>("export-schema").WithDescription("Write the GraphQL SDL to schema/schema.graphql.");
});
return await app.RunAsync(args);
