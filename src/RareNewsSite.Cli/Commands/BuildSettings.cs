using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : SiteCommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the site, relative to the root. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("--drafts")]
    [Description("Include articles marked draft: true.")]
    public bool Drafts { get; init; }

    [CommandOption("--future")]
    [Description("Include articles dated in the future.")]
    public bool Future { get; init; }

    [CommandOption("--clock <DATE>")]
    [Description("Build as if now were this ISO 8601 date, for reproducible builds.")]
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
        return ValidationResult.Success();
    }
}
