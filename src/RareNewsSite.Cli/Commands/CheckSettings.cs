using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>check</c>: those of <c>build</c> that change what is validated, and the report format.</summary>
public sealed class CheckSettings : SiteCommandSettings
{
    [CommandOption("--drafts")]
    [Description("Also check articles marked draft: true as if published.")]
    public bool Drafts { get; init; }

    [CommandOption("--future")]
    [Description("Also check articles dated in the future as if published.")]
    public bool Future { get; init; }

    [CommandOption("--clock <DATE>")]
    [Description("Check as if now were this ISO 8601 date.")]
    public string? Clock { get; init; }

    [CommandOption("--setting <KEY=VALUE>")]
    [Description("Override a statiq.json setting; repeatable.")]
    public string[] Settings { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("text (default): path:line:col lines; github: GitHub Actions annotations.")]
    public string Format { get; init; } = "text";

    /// <summary>The same options as <c>build</c> takes, to share its request mapping.</summary>
    public BuildSettings ToBuildSettings() =>
        new() { Root = Root, Drafts = Drafts, Future = Future, Clock = Clock, Settings = Settings };

    public override ValidationResult Validate() =>
        Format is not ("text" or "github")
            ? ValidationResult.Error($"--format expects text or github, not \"{Format}\"")
            : ToBuildSettings().Validate();
}
