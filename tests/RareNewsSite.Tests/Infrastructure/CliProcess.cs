using System.Diagnostics;
using RareNewsSite.Tests.Cli;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// The real command line as a child process (<c>dotnet rarenews.dll</c>, copied next to the tests by the project
/// reference), for what an in-process run cannot show: a process killed half-way, or one in its own mount namespace.
/// </summary>
public static class CliProcess
{
    /// <summary>The <c>dotnet</c> host that runs the tests (the SDK sets DOTNET_HOST_PATH for the processes it starts).</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The CLI's entry assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rarenews.dll");

    /// <summary>Starts <paramref name="program"/> with output captured; read it with <see cref="FinishAsync"/>.</summary>
    public static Process Start(string program, params string[] args) => StartIn(null, program, args);

    /// <summary>Starts <paramref name="program"/> in <paramref name="workingDirectory"/> (null: this process's).</summary>
    public static Process StartIn(string? workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
    }

    /// <summary>Starts the CLI: <c>dotnet rarenews.dll ARGS</c>.</summary>
    public static Process StartCli(params string[] args) => Start(Dotnet, [Dll, .. args]);

    /// <summary>Runs the CLI to its end.</summary>
    public static Task<CliRun> RunCliAsync(params string[] args) => FinishAsync(StartCli(args));

    /// <summary>Waits for a started process to end (or be killed) and collects what it printed.</summary>
    public static async Task<CliRun> FinishAsync(Process process)
    {
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new CliRun(process.ExitCode, await stdout, await stderr);
        }
    }
}
