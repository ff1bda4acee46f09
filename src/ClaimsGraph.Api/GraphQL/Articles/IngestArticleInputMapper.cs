using ClaimsGraph.Extraction.Ingestion;
using Riok.Mapperly.Abstractions;

namespace ClaimsGraph.Api.GraphQL.Articles;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class IngestArticleInputMapper
{
    public static partial ArticleInput ToArticleInput(IngestArticleInput input);
}
