using System.Globalization;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Site;
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
            output.Out.WriteLine($"Built {result.PagesByKind.Values.Sum()} pages and feeds ({pages}) and {result.FilesWritten} files in {seconds} s into {settings.Output}/: 0 errors, {result.Warnings} warnings");
            return CliApp.Success;
        }
        output.Out.WriteLine($"Build failed in {seconds} s: {result.Errors} errors, {result.Warnings} warnings; {settings.Output}/ was left as it was");
        return CliApp.ContentErrors;
    }

    internal static BuildRequest ToRequest(BuildSettings settings)
    {
        var overrides = SiteSettingsLoader.FromEnvironment();
        foreach (var pair in settings.Settings)
        {
            var index = pair.IndexOf('=', StringComparison.Ordinal);
            overrides[pair[..index].Trim()] = pair[(index + 1)..];
        }
        var clock = settings.Clock is { } text
            ? new FixedClock(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            : TimeProvider.System;
        return new BuildRequest
        {
            Options = new BuildOptions { IncludeDrafts = settings.Drafts, IncludeFuture = settings.Future, Clock = clock },
            SettingOverrides = overrides,
        };
    }
}
