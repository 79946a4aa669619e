using System.Diagnostics;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>The npm tools the site checks run (html-validate, linkinator), installed by <c>npm ci</c> at the repo root.</summary>
internal static class NodeTools
{
    public static string ModulesFolder => Path.Combine(RepositoryRoot.Find(), "node_modules");

    public static bool IsAvailable =>
        File.Exists(Path.Combine(ModulesFolder, "html-validate", "package.json")) && File.Exists(Path.Combine(ModulesFolder, "linkinator", "package.json"));

    public static string MissingMessage => "html-validate and linkinator are not installed: run 'npm ci' at the repository root";

    /// <summary>Runs a tool from node_modules/.bin and returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(ModulesFolder, ".bin", tool))
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
