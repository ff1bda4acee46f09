using GraphQL;
using GraphQL.Types;
using ClaimsGraph.Api.Extensions;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsGraph.Api.GraphQL;

/// <summary>
/// The schema as SDL: what <c>claimsgraph export-schema</c> writes to <c>schema/schema.graphql</c> and what the
/// drift test compares against. Built without a store, so it runs anywhere.
/// </summary>
public static class SchemaSdl
{
    public const string RelativePath = "schema/schema.graphql";

    public static string Print()
    {
        var services = new ServiceCollection();
        services.AddClaimsGraphSchema(exposeExceptionDetails: false);
        using var provider = services.BuildServiceProvider();
        return Print(provider.GetRequiredService<ClaimsGraphSchema>());
    }

    public static string Print(ISchema schema)
    {
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
