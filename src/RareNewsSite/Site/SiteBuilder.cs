using System.Diagnostics;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Site;

/// <summary>The engine's front door: loads settings and theme, runs the pipelines, and reports.</summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site in <paramref name="files"/> into <paramref name="output"/>. Output is only written when
    /// validation found no error; use <see cref="BuildToFolderAsync"/> for the safe swap on disk.
    /// </summary>
    public static async Task<BuildResult> BuildAsync(ISiteFileSystem files, IOutputFolder output, BuildRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // Settings and theme errors do not stop here: the content is still checked (with default settings when
        // statiq.json is broken; nothing is written then), so one run reports everything.
        var setup = BuildSetup.Load(files, request, diagnostics);
        // Render into memory first: a content error must not leave half a site behind.
        var staged = new InMemoryOutputFolder();
        var context = new BuildContext(setup.Settings, files, staged, setup.Options, setup.Services) { Diagnostics = diagnostics };
        var results = await new PipelineEngine(request.Pipelines()).RunAsync(context, cancellationToken);
        var list = diagnostics.ToSortedList();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(list, new Dictionary<string, int>(), 0, stopwatch.Elapsed);
        }
        foreach (var path in staged.Paths)
        {
            output.Write(path, staged.ReadBytes(path));
        }
        var kinds = results.Values.SelectMany(docs => docs)
            .Select(d => d.GetOrDefault<string>(Keys.PageKind))
            .OfType<string>()
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildResult(list, kinds, staged.Paths.Count, stopwatch.Elapsed);
    }

    /// <summary>
    /// Builds into a fresh sibling folder and swaps it in only when the build succeeded, so a failed build
    /// leaves the previous output exactly as it was.
    /// </summary>
    public static async Task<BuildResult> BuildToFolderAsync(string root, string outputFolder, BuildRequest request, CancellationToken cancellationToken = default)
    {
        var files = new PhysicalFileSystem(root);
        var target = Path.GetFullPath(Path.Combine(files.Root, outputFolder));
        if (OutputFolderProblem(files.Root, target) is { } problem)
        {
            return new BuildResult([problem], new Dictionary<string, int>(), 0, TimeSpan.Zero);
        }
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + ".building-" + Environment.ProcessId;
        DeleteIfExists(staging);
        try
        {
            var result = await BuildAsync(files, new PhysicalOutputFolder(staging), request, cancellationToken);
            if (result.Succeeded)
            {
                Directory.CreateDirectory(staging); // an empty site is still a site
                Swap(staging, target);
            }
            return result;
        }
        finally
        {
            DeleteIfExists(staging);
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

    private static void Swap(string staging, string target)
    {
        var old = target.TrimEnd(Path.DirectorySeparatorChar) + ".old-" + Environment.ProcessId;
        DeleteIfExists(old);
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }
        Directory.Move(staging, target);
        DeleteIfExists(old);
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
