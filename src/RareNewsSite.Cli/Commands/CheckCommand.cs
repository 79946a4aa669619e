using RareNewsSite.Building;
using RareNewsSite.Cli.ExternalLinks;
using RareNewsSite.Diagnostics;
using RareNewsSite.Images;
using RareNewsSite.IO;
using RareNewsSite.Themes;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>
/// <c>check</c>: everything a build validates plus heading order and readability, writing nothing. Prints one
/// diagnostic per line on stdout (or GitHub Actions annotations) and exits 1 on any error. With <c>--external</c>, also asks
/// every http(s) address in the content whether it still works (warnings only).
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
        var diagnostics = result.Diagnostics.ToList();
        string? linksChecked = null;
        if (settings.External)
        {
            var (links, summary) = await CheckExternalLinksAsync(settings, cancellationToken);
            diagnostics = [.. diagnostics.Concat(links).OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
            linksChecked = summary;
        }
        foreach (var diagnostic in diagnostics)
        {
            output.Out.WriteLine(settings.Format == "github" ? GitHubAnnotation(diagnostic) : diagnostic.ToString());
        }
        if (linksChecked is not null)
        {
            output.Out.WriteLine(linksChecked);
        }
        output.Out.WriteLine($"Checked: {Counts.Summary(diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError))}");
        return result.Succeeded ? CliApp.Success : CliApp.ContentErrors;
    }

    // Broken external links are warnings: the site is still right, only a reader's way out is not.
    private static async Task<(IReadOnlyList<Diagnostic> Warnings, string Summary)> CheckExternalLinksAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        var links = ExternalLinkFinder.Find(settings.Root);
        var cache = LinkCache.Load(settings.Root);
        var now = TimeProvider.System.GetUtcNow();
        var results = new Dictionary<string, LinkResult>(StringComparer.Ordinal);
        foreach (var url in links.Select(l => l.Url).Distinct(StringComparer.Ordinal))
        {
            if (cache.Fresh(url, now) is { } kept)
            {
                results[url] = kept;
            }
        }
        var fromCache = results.Count;
        using (var checker = new LinkChecker(TimeSpan.FromSeconds(settings.Timeout), TimeProvider.System))
        {
            var asked = await checker.CheckAsync(links.Select(l => l.Url).Where(u => !results.ContainsKey(u)), cancellationToken);
            foreach (var (url, result) in asked)
            {
                results[url] = result;
            }
            cache.Save(asked, now);
        }
        var summary = $"External links: {results.Count} address{(results.Count == 1 ? "" : "es")} in {links.Count} link{(links.Count == 1 ? "" : "s")}, {results.Count - fromCache} asked, {fromCache} from the last day's answers ({LinkCache.RelativePath})";
        return (ExternalLinkReport.Diagnostics(links, results), summary);
    }

    /// <summary>A GitHub Actions workflow command, e.g. <c>::error file=a.md,line=4,col=1,title=RN0104::message</c>.</summary>
    public static string GitHubAnnotation(Diagnostic d) =>
        $"::{(d.IsError ? "error" : "warning")} file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column},title={d.Id}::{Data(d.Message)}";

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
