using RareNewsSite.Building;
using RareNewsSite.Diagnostics;
using RareNewsSite.Images;
using RareNewsSite.IO;
using RareNewsSite.Themes;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>
/// <c>check</c>: everything a build validates plus heading order and readability, writing nothing. Prints one
/// diagnostic per line on stdout (or GitHub Actions annotations) and exits 1 on any error.
/// </summary>
public sealed class CheckCommand(Output output) : AsyncCommand<CheckSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        // check writes nothing, not even the image cache: it takes what builds kept, and makes the rest only to check it.
        request = request with
        {
            Options = request.Options with { EditorialChecks = true },
            ImageStore = ProcessedImageStore.ReadOnlyInFolder(ProcessedImageStore.FolderOf(settings.Root)),
        };
        var result = await SiteBuilder.BuildAsync(ThemeOverlay.OverBuiltIn(settings.Root), new InMemoryOutputFolder(), request, cancellationToken);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Out.WriteLine(settings.Format == "github" ? GitHubAnnotation(diagnostic) : diagnostic.ToString());
        }
        output.Out.WriteLine($"Checked: {Counts.Summary(result.Errors, result.Warnings)}");
        return result.Succeeded ? CliApp.Success : CliApp.ContentErrors;
    }

    /// <summary>A GitHub Actions workflow command, e.g. <c>::error file=a.md,line=4,col=1,title=RN0104::message</c>.</summary>
    public static string GitHubAnnotation(Diagnostic d) =>
        $"::{(d.IsError ? "error" : "warning")} file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column},title={d.Id}::{Data(d.Message)}";

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
