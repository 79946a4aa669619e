using System.Globalization;
using RareNewsSite.Building;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary><c>build</c>: builds the site, prints diagnostics and a summary, exits 1 on any error.</summary>
public sealed class BuildCommand(Output output) : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var result = await SiteBuilder.BuildToFolderAsync(settings.Root, settings.Output, ToRequest(settings), cancellationToken);
        output.Report(result.Diagnostics);
        var pages = string.Join(", ", result.PagesByKind.Select(kv => $"{kv.Value} {kv.Key}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            var reused = settings.Incremental ? $", {result.PagesReused} of them taken from the last build," : "";
            output.Out.WriteLine($"Built {result.PagesByKind.Values.Sum()} pages and feeds ({pages}){reused} and {Counts.Of(result.FilesWritten, "file")} in {seconds} s into {settings.Output}/: {Counts.Summary(0, result.Warnings)}");
            return CliApp.Success;
        }
        output.Out.WriteLine($"Build failed in {seconds} s: {Counts.Summary(result.Errors, result.Warnings)}; {settings.Output}/ was left as it was");
        return CliApp.ContentErrors;
    }

    internal static BuildRequest ToRequest(BuildSettings settings) => settings.ToBuildRequest();
}
