using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>check</c>: those of <c>build</c> that change what is validated, and the report format.</summary>
public sealed class CheckSettings : ContentSelectionSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (default): path:line:col lines; github: GitHub Actions annotations.")]
    public string Format { get; init; } = "text";

    [CommandOption("--external")]
    [Description("Also ask every http(s) address in the content whether it still works (HEAD, then GET): 404/410, permanent redirects and unreachable hosts are warnings. Answers are kept a day in .rarenews/cache/links.json.")]
    public bool External { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("With --external: how long to wait for each server. Default: 10.")]
    public double Timeout { get; init; } = 10;

    public override ValidationResult Validate() =>
        Format is not ("text" or "github")
            ? ValidationResult.Error($"--format expects text or github, not \"{Format}\"")
            : Timeout is <= 0 or > 300
                ? ValidationResult.Error($"--timeout expects a number of seconds from 0 to 300, not {Timeout}")
                : base.Validate();
}
