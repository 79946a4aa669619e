using System.ComponentModel;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options every command takes.</summary>
public class SiteCommandSettings : CommandSettings
{
    [CommandOption("-r|--root <DIR>")]
    [Description("The site root (holding statiq.json, input/ and theme/). Default: the current folder.")]
    public string Root { get; init; } = ".";
}
