using System.Diagnostics;

namespace ClaimsGraph.Cli.Tests.CrashConsistency;

/// <summary>The real <c>claimsgraph</c> CLI (the built dll next to the tests) as a child process on a given SQLite file.</summary>
public static class CliProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "claimsgraph.dll");

    public static Process StartIngest(string folder, string databasePath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(folder);
        // Configuration as an operator would give it (the same keys as the API).
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__Sqlite__Path"] = databasePath;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        return process;
    }

    /// <summary>Runs an ingest to the end; the CLI's output is in the failure message when it does not succeed.</summary>
    public static async Task RunIngestAsync(string folder, string databasePath, TimeSpan timeout)
    {
        using var process = StartIngest(folder, databasePath);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"claimsgraph ingest did not finish within {timeout}");
        }
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"claimsgraph ingest exited with {process.ExitCode}:\n{Tail(output)}");
    }

    public static string Tail(string text) => text.Length > 3000 ? text[^3000..] : text;
}
