using System.ComponentModel;
using System.Globalization;
using RareNewsSite.Building;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of every command that builds: "now" and setting overrides.</summary>
public class SiteRequestSettings : SiteCommandSettings
{
    [CommandOption("--clock <DATE>")]
    [Description("Act as if now were this ISO 8601 date, for reproducible builds.")]
    public string? Clock { get; init; }

    [CommandOption("--setting <KEY=VALUE>")]
    [Description("Override a statiq.json setting; repeatable.")]
    public string[] Settings { get; init; } = [];

    public override ValidationResult Validate()
    {
        if (Settings.FirstOrDefault(s => !s.Contains('=', StringComparison.Ordinal)) is { } bad)
        {
            return ValidationResult.Error($"--setting expects KEY=VALUE, not \"{bad}\"");
        }
        if (Clock is not null && !DateTimeOffset.TryParse(Clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return ValidationResult.Error($"--clock expects an ISO 8601 date, not \"{Clock}\"");
        }
        return base.Validate();
    }

    /// <summary>The engine request: environment overrides first, then <c>--setting</c>, then the options.</summary>
    internal BuildRequest ToRequest(bool drafts, bool future)
    {
        var overrides = SiteSettingsLoader.FromEnvironment();
        foreach (var pair in Settings)
        {
            var index = pair.IndexOf('=', StringComparison.Ordinal);
            overrides[pair[..index].Trim()] = pair[(index + 1)..];
        }
        var clock = Clock is { } text
            ? new FixedClock(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            : TimeProvider.System;
        return new BuildRequest
        {
            Options = new BuildOptions { IncludeDrafts = drafts, IncludeFuture = future, Clock = clock },
            SettingOverrides = overrides,
            // build, check and preview keep the files made from photos in the site's .rarenews/cache/images/.
            ImageStore = ProcessedImageStore.InFolder(ProcessedImageStore.FolderOf(Root)),
        };
    }
}
