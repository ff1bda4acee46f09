using GraphQL.Types;

namespace ClaimsGraph.Api.GraphQL.Articles;

/// <summary>The input of <c>ingestArticles</c>: a batch of articles, at most <c>Ingestion:MaxBatchSize</c>.</summary>
public sealed class IngestArticlesInput
{
    public List<IngestArticleInput> Articles { get; set; } = [];
}

public sealed class IngestArticlesInputType : InputObjectGraphType<IngestArticlesInput>
{
    public IngestArticlesInputType()
    {
        Name = "IngestArticlesInput";
        Description = "A batch of articles. Each is stored atomically on its own; one that fails does not stop the others.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestArticleInputType>>>>("articles");
    }
}
