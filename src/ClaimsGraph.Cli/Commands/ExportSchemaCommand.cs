using System.ComponentModel;
using ClaimsGraph.Api.GraphQL;
using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

/// <summary>Writes the GraphQL schema as SDL (default schema/schema.graphql); a test fails when the file drifts.</summary>
public sealed class ExportSchemaCommand : Command<ExportSchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <PATH>")]
        [Description("Where to write the SDL (default: schema/schema.graphql; '-' for stdout).")]
        public string Output { get; init; } = SchemaSdl.RelativePath;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sdl = SchemaSdl.Print();
        if (settings.Output == "-")
        {
            Console.Out.Write(sdl);
            return 0;
        }
        var path = Path.GetFullPath(settings.Output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sdl);
        Console.Error.WriteLine($"Wrote {path} ({sdl.Length:N0} characters).");
        return 0;
    }
}
