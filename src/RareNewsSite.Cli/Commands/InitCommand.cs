using System.ComponentModel;
using System.Text;
using RareNewsSite.Cli.Starter;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>init</c>.</summary>
public sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "<FOLDER>")]
    [Description("The new site's folder; it is created if missing and must be empty.")]
    public string Folder { get; init; } = "";

    [CommandOption("--title <TITLE>")]
    [Description("The site's name (SiteTitle in statiq.json). Default: \"" + StarterSite.DefaultTitle + "\".")]
    public string Title { get; init; } = StarterSite.DefaultTitle;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("--title must not be empty") : ValidationResult.Success();
}

/// <summary>
/// <c>init FOLDER [--title "..."]</c>: starts a site that builds at once, with the theme built into the tool. Never
/// writes into a folder that holds anything, so it cannot overwrite a site.
/// </summary>
public sealed class InitCommand(Output output) : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(settings.Folder);
        if (File.Exists(root))
        {
            output.Error.WriteLine($"error: '{settings.Folder}' is a file; rarenews init needs a new or empty folder");
            return CliApp.BadUsage;
        }
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            output.Error.WriteLine($"error: '{settings.Folder}' is not empty; rarenews init needs a new or empty folder");
            return CliApp.BadUsage;
        }
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, text) in StarterSite.Files(settings.Title.Trim()))
        {
            var file = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text.ReplaceLineEndings("\n"), utf8);
        }
        output.Out.WriteLine($"Created a new site in {settings.Folder}");
        output.Out.WriteLine($"Next: cd {settings.Folder} && rarenews preview");
        return CliApp.Success;
    }
}
