using System.ComponentModel;
using RareNewsSite.Content.Trust;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>list review-due</c>: the window ahead of "now", and those of <c>check</c> that choose the content.</summary>
public sealed class ListReviewDueSettings : ContentSelectionSettings
{
    [CommandOption("--within <SPAN>")]
    [Description("Also list reviews due within this span of now: 30d, 2w, 3m, 1y (default: overdue only).")]
    public string Within { get; init; } = "";

    public override ValidationResult Validate() =>
        ReviewInterval.Parse(Within) is null
            ? ValidationResult.Error($"--within expects a span such as 30d, 2w, 3m or 1y, not \"{Within}\"")
            : base.Validate();
}
