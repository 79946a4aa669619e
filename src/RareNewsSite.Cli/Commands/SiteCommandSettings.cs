using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options every command takes.</summary>
public class SiteCommandSettings : CommandSettings
{
    [CommandOption("-r|--root <DIR>")]
    [Description("The site root (holding statiq.json, input/ and, to override files of the built-in theme, theme/). Default: the current folder.")]
    public string Root { get; init; } = ".";

    /// <summary>
    /// Whether the command works on a site's sources: then a root without <c>statiq.json</c> is a usage error
    /// (an editor in the wrong folder), said in one line instead of as template errors or files made in the wrong place.
    /// </summary>
    protected virtual bool NeedsSiteFolder => true;

    public override ValidationResult Validate()
    {
        if (NeedsSiteFolder && !File.Exists(Path.Combine(Root, "statiq.json")))
        {
            return ValidationResult.Error(Root == "."
                ? "no statiq.json here: run in the site's folder or pass --root"
                : $"no statiq.json in '{Root}': pass the site's folder to --root");
        }
        return ValidationResult.Success();
    }
}
