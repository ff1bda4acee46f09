using Spectre.Console.Cli;

namespace ClaimsGraph.Cli.Commands;

// Seam: replaced by the real command.
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine("not available yet");
        return 2;
    }
}
