using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

/// <summary>
/// An incremental build (<c>build --incremental</c>) starts from nothing but what the last one kept on disk, as a new
/// process would; after every random edit, its output and diagnostics are exactly those of a clean build.
/// </summary>
public sealed class IncrementalAcrossBuildsTests
{
    private static readonly string[] Folders = ["input", "theme"];

    [Theory]
    [InlineData(31, false)]
    [InlineData(32, true)]
    [InlineData(33, false)]
    [InlineData(34, true)]
    public async Task Should_Match_A_Clean_Build_After_Every_Random_Edit(int seed, bool drafts)
    {
        var site = new RandomSite(seed);
        var root = Directory.CreateTempSubdirectory("rns-incremental-").FullName;
        try
        {
            var options = new BuildOptions { IncludeDrafts = drafts, IncludeFuture = drafts, Clock = TestClock.Default };
            var changed = (IReadOnlyList<string>)["(first build)"];
            var reusedAny = false;
            var deltaAny = false;
            for (var step = 0; step < 25; step++)
            {
                // Given the site as it is on disk after this many edits
                WriteOut(site.Files, root, step);

                // When it is built incrementally, from what the last build kept, and cleanly into another folder
                var incremental = await SiteBuilder.BuildToFolderAsync(root, "output", new BuildRequest { Options = options, Incremental = true });
                var clean = await SiteBuilder.BuildToFolderAsync(root, "clean", new BuildRequest { Options = options, UseCache = false });

                // Then both report the same, and when the build succeeded both folders hold the same files
                var context = $"seed {seed}, step {step}, changed {string.Join(", ", changed)}";
                string.Join('\n', incremental.Diagnostics.Where(d => d.Id != Diagnostics.DiagnosticIds.CacheNotUsed))
                    .ShouldBe(string.Join('\n', clean.Diagnostics), context);
                if (clean.Succeeded)
                {
                    FreshBuild.Tree(Path.Combine(root, "output")).ShouldBe(FreshBuild.Tree(Path.Combine(root, "clean")), context);
                    string.Join(", ", incremental.PagesByKind).ShouldBe(string.Join(", ", clean.PagesByKind), context);
                    reusedAny |= step > 0 && incremental.PagesReused > 0;
                    deltaAny |= Directory.GetFiles(Path.Combine(root, ".rarenews", "cache", "output"), "*.traces.delta").Length > 0;
                }
                changed = site.Edit();
            }
            reusedAny.ShouldBeTrue("no build took any page from the last one");
            deltaAny.ShouldBeTrue("no build saved only what changed in the traces");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The in-memory site's files on disk, and no others under input/ and theme/. A file written is dated as if edited long
    // before the build, a minute later at each step, so that the build takes files it read before by their length and
    // time without reading them (a file written within two seconds of the build is always read).
    private static void WriteOut(InMemoryFileSystem files, string root, int step)
    {
        var edited = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(step);
        var paths = files.ListFiles("input", "").Concat(files.ListFiles("theme", "")).Append("statiq.json").Where(files.FileExists).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (!paths.Contains(Path.GetRelativePath(root, file).Replace('\\', '/')))
                {
                    File.Delete(file);
                }
            }
        }
        foreach (var path in paths)
        {
            var full = Path.Combine(root, path);
            var bytes = files.ReadAllBytes(path);
            if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
                File.SetLastWriteTimeUtc(full, edited);
            }
        }
    }
}
