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

    public override ValidationResult Validate() =>
        Format is not ("text" or "github")
            ? ValidationResult.Error($"--format expects text or github, not \"{Format}\"")
            : base.Validate();
}
