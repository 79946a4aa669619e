using System.ComponentModel;
using RareNewsSite.Building;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options shared by <c>build</c> and <c>check</c>: which articles count, "now", and setting overrides.</summary>
public class ContentSelectionSettings : SiteRequestSettings
{
    [CommandOption("--drafts")]
    [Description("Include articles marked draft: true.")]
    public bool Drafts { get; init; }

    [CommandOption("--future")]
    [Description("Include articles dated in the future.")]
    public bool Future { get; init; }

    /// <summary>The engine request for these options.</summary>
    internal BuildRequest ToRequest() => ToRequest(Drafts, Future);
}
