using System.ComponentModel;
using RareNewsSite.IO;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>clean</c>.</summary>
public sealed class CleanSettings : SiteCommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("The output folder to delete, relative to the root. Default: output")]
    public string Output { get; init; } = "output";
}

/// <summary><c>clean</c>: deletes the output folder and the previous build kept next to it.</summary>
public sealed class CleanCommand(Output output) : Command<CleanSettings>
{
    public override int Execute(CommandContext context, CleanSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(settings.Root, settings.Output));
        foreach (var build in new[] { folder, StagingFolders.PreviousFolder(Path.TrimEndingDirectorySeparator(folder)) }.Where(Directory.Exists))
        {
            Directory.Delete(build, recursive: true);
        }
        output.Out.WriteLine($"Deleted {settings.Output}/");
        return CliApp.Success;
    }
}
