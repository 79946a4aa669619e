using RareNewsSite.Diagnostics;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Themes;

namespace RareNewsSite.Building;

public static partial class SiteBuilder
{
    /// <summary>
    /// Builds into a sibling folder (<c>&lt;output&gt;.building-&lt;pid&gt;</c>) and swaps it in only when the build
    /// succeeded, in one atomic step where the system allows: at every moment the output folder holds one whole build,
    /// the previous or the new one, even if the process is killed. Leftovers of killed builds are deleted first. The
    /// build that was swapped out is kept as <c>&lt;output&gt;.previous</c>, and the next build writes over its files.
    /// </summary>
    public static async Task<BuildResult> BuildToFolderAsync(string root, string outputFolder, BuildRequest request, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var site = new PhysicalFileSystem(root);
        // The site's own theme files over the theme built into the tool (a site without theme/ uses the built-in one).
        var files = new ThemeOverlay(site, BuiltInTheme.Files);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(site.Root, outputFolder)));
        if (OutputFolderProblem(site.Root, target) is { } problem)
        {
            return new BuildResult([problem], new Dictionary<string, int>(), 0, TimeSpan.Zero);
        }
        if (request.ImageStore.IsInMemory)
        {
            request = request with { ImageStore = Images.ProcessedImageStore.InFolder(Images.ProcessedImageStore.FolderOf(site.Root)) };
        }
        StagingFolders.RemoveStale(target);
        StepTrace.Phase("stale staging folders removed", started);
        var staging = StagingFolders.BuildingFolder(target, Environment.ProcessId);
        // The build before the last one, kept for this: its files are written over rather than new ones made.
        var reuse = StagingFolders.TakePrevious(target, staging);
        var diskFull = false;
        try
        {
            var folder = new PhysicalOutputFolder(staging, reuse);
            var result = await BuildAsync(files, folder, ShownPath(site.Root, target), request, staging: true, cancellationToken);
            StepTrace.Phase("staging folder written", started);
            if (result.Succeeded)
            {
                folder.RemoveUnwritten();
                Directory.CreateDirectory(staging); // an empty site is still a site
                OutputSwap.Replace(staging, target);
                StepTrace.Phase("output swapped", started);
            }
            diskFull = result.Diagnostics.Any(d => d.Id == DiagnosticIds.DiskFull);
            return result;
        }
        finally
        {
            // After a swap this is the previous build; after a failure, the partial new one: the next build writes over
            // either, unless the disk is full, where the space is the user's first need.
            if (diskFull)
            {
                StagingFolders.DeleteQuietly(staging);
            }
            else
            {
                StagingFolders.KeepAsPrevious(target, staging);
            }
            StepTrace.Phase("previous build kept", started);
        }
    }

    private static Diagnostic? OutputFolderProblem(string root, string target)
    {
        var input = Path.Combine(root, "input");
        var theme = Path.Combine(root, "theme");
        bool Inside(string folder) => target == folder || target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var reason = target == root || root.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "the output folder must not be the site root or contain it"
            : Inside(input) || Inside(theme) ? "the output folder must not be inside 'input/' or 'theme/'" : null;
        return reason is null
            ? null
            : new Diagnostic(SourceSpan.File("--output"), DiagnosticSeverity.Error, DiagnosticIds.InvalidOutputFolder, reason);
    }

    /// <summary>The output folder as diagnostics name it: relative to the site root when it is below it, else absolute.</summary>
    private static string ShownPath(ISiteFileSystem files, IOutputFolder output) =>
        output is PhysicalOutputFolder physical && files is PhysicalFileSystem site ? ShownPath(site.Root, physical.Folder) : "";

    private static string ShownPath(string root, string folder)
    {
        var relative = Path.GetRelativePath(root, folder);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative).Replace('\\', '/');
    }
}
