using System.ComponentModel;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : ContentSelectionSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the site, relative to the root. Default: output")]
    public string Output { get; init; } = "output";
}
