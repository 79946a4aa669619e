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
        if (OutputFolderProblem(site.Root, target) is { } invalid)
        {
            return new BuildResult([invalid], new Dictionary<string, int>(), 0, TimeSpan.Zero);
        }
        var cache = CacheFolderOf(site.Root, request);
        if (request.ImageStore.IsInMemory && cache is not null)
        {
            request = request with { ImageStore = Images.ProcessedImageStore.InFolder(Path.Combine(cache, "images")) };
        }
        StagingFolders.RemoveStale(target);
        StepTrace.Phase("stale staging folders removed", started);
        var staging = StagingFolders.BuildingFolder(target, Environment.ProcessId);
        // The build before the last one, kept for this: its files are written over rather than new ones made, and those
        // whose bytes are the same as this build's are left alone when the cache lists them.
        var reuse = StagingFolders.TakePrevious(target, staging);
        var listings = cache is null ? null : new OutputListings(cache, target, CacheVersion);
        string? cacheProblem = null;
        var listed = listings is null ? null : reuse ? listings.Previous(out cacheProblem) : OutputListing.Empty();
        cacheProblem = cacheProblem is null ? null : cacheProblem + "; it is ignored, and every file is written again";
        var cacheFile = listings?.PreviousFile;
        StepTrace.Phase("output listing read", started);
        var inputs = listings is null || !request.Incremental ? UInt128.Zero : InputsHash(files, request);
        string? tracesProblem = null;
        var traces = listings is null || !request.Incremental ? null : StartTraces(listings, inputs, out tracesProblem);
        StepTrace.Phase("traces read", started);
        if (cacheProblem is null && tracesProblem is not null)
        {
            cacheProblem = tracesProblem + "; it is ignored, and every page is made again";
            cacheFile = listings!.TracesFile;
        }
        var last = listings?.Current() is { } current && Directory.Exists(target) ? (target, current) : ((string, OutputListing)?)null;
        StepTrace.Phase("build cache read", started);
        var diskFull = false;
        Task? tracesSaved = null;
        try
        {
            var folder = new PhysicalOutputFolder(staging, reuse, listed, last);
            var result = await BuildAsync(files, folder, ShownPath(site.Root, target), request, staging: true, cancellationToken, traces);
            StepTrace.Phase($"staging folder written ({folder.LeftAlone} files left as they were, {folder.Copied} copied from the last output; "
                + $"{traces?.Counts.Reused ?? 0} runs of steps reused, {traces?.Counts.Ran ?? 0} run and kept)", started);
            if (result.Succeeded)
            {
                // The traces are written while the staging folder is finished and swapped in (their bytes are all known
                // once it is written). Nothing depends on the order for correctness: a page is taken from the output only
                // when the output's listing gives it the hash the traces do.
                tracesSaved = listings is null || traces is null ? null : Task.Run(() => SaveTraces(listings, inputs, traces, folder.Listing!), CancellationToken.None);
                folder.RemoveUnwritten();
                StepTrace.Phase("unwritten files removed", started);
                Directory.CreateDirectory(staging); // an empty site is still a site
                OutputSwap.Replace(staging, target);
                StepTrace.Phase("output swapped", started);
                // Kept even after a listing could not be used: the next build then has one again.
                cacheProblem = await KeepCacheAsync(listings, folder.Listing, tracesSaved, started) ?? cacheProblem;
                StepTrace.Phase("build cache kept", started);
            }
            diskFull = result.Diagnostics.Any(d => d.Id == DiagnosticIds.DiskFull);
            return cacheProblem is null ? result : result with { Diagnostics = [CacheNotUsed(site.Root, cacheFile!, cacheProblem), .. result.Diagnostics] };
        }
        finally
        {
            if (tracesSaved is not null)
            {
                await tracesSaved.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // it appends to the values file, closed below
            }
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
            traces?.Values?.Dispose(); // what a failed build appended stays unreferenced, dropped when the file is written anew
            StepTrace.Phase("previous build kept", started);
        }
    }

    // Saves what the output now holds for the next build, and waits for how it was made (the traces) to be saved too; a
    // cache that cannot be written is a warning, not a failed build.
    private static async Task<string?> KeepCacheAsync(OutputListings? listings, OutputListing? written, Task? tracesSaved, long started)
    {
        try
        {
            listings?.Swapped(written!);
            StepTrace.Phase("output listing kept", started);
            if (tracesSaved is not null)
            {
                await tracesSaved;
            }
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"cannot be written ({error.Message}); the next build writes every file again";
        }
    }

    /// <summary>The build cache's folder (absolute), or null when the build keeps none.</summary>
    private static string? CacheFolderOf(string root, BuildRequest request) =>
        !request.UseCache ? null : Path.GetFullPath(Path.Combine(root, request.CacheFolder ?? Path.Combine(".rarenews", "cache")));

    /// <summary>What a cache must have been written by to be used: this very build of the program.</summary>
    private static string CacheVersion { get; } = typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static Diagnostic CacheNotUsed(string root, string file, string problem) =>
        new(SourceSpan.File(ShownPath(root, file)), DiagnosticSeverity.Warning, DiagnosticIds.CacheNotUsed,
            $"the build cache {problem}");

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
