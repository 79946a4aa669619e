using System.Collections.Concurrent;
using RareNewsSite.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("input/articles/a.md", "input/articles/a.md")]
    [InlineData("theme/layouts/article.sbn-html", "theme/layouts/article.sbn-html")]
    [InlineData("statiq.json", "statiq.json")]
    [InlineData("theme", "theme")] // a folder made by `theme eject` in a site that had none
    [InlineData("input/articles/sedU7xk2Q", null)] // sed -i writes here, then renames it over a.md
    [InlineData("input/articles/4913", null)] // vim checks it may write in the folder
    [InlineData("input/articles/.a.md.swp", null)]
    [InlineData("input/articles/a.md~", null)]
    [InlineData("output/index.html", null)]
    [InlineData("input/articles/sedation.md", "input/articles/sedation.md")]
    public void Should_Watch_Site_Files_And_Ignore_Editor_Temporaries(string path, string? expected)
    {
        var root = Path.Combine(Path.GetTempPath(), "site");

        SiteWatcher.Relevant(root, Path.Combine(root, path)).ShouldBe(expected);
    }

    [Fact]
    public void Should_Watch_The_Sources_With_Their_Subfolders_And_Nothing_Else_Below_The_Root()
    {
        // Given a site with articles, a full image cache and an output folder, but no theme/ of its own
        var root = Path.Combine(Path.GetTempPath(), "rns-watch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "input", "articles"));
        foreach (var key in new[] { "ab/1", "ab/2", "cd/3" })
        {
            Directory.CreateDirectory(Path.Combine(root, ".rarenews", "cache", "images", key));
        }
        Directory.CreateDirectory(Path.Combine(root, "output", "articles"));
        var reports = new BlockingCollection<string>();
        var seen = new List<string>();
        try
        {
            using var watcher = new SiteWatcher(root, reports.Add);

            // Then only input/ is watched with its subfolders (the cache and the output are not listed or watched)
            watcher.Watching.ShouldBe(["input"]);

            // When an article is saved, it is reported
            File.WriteAllText(Path.Combine(root, "input", "articles", "a.md"), "---\ntitle: A\n---\n");
            WaitFor(reports, seen, "input/articles/a.md");

            // When theme/ is made after the start (theme eject), it is reported as a whole and then watched too
            Directory.CreateDirectory(Path.Combine(root, "theme", "layouts"));
            WaitFor(reports, seen, "theme/");
            watcher.Watching.ShouldBe(["input", "theme"]);
            // (theme/ and theme/layouts/ are made one after the other: when the new watcher starts between the two, it sees
            // layouts/ come and reports it as a whole, and a file written into it at once may come before the system
            // watches the new folder; that report, which may come before theme/'s own, stands for the file, as it does when
            // the preview rebuilds)
            File.WriteAllText(Path.Combine(root, "theme", "layouts", "article.sbn-html"), "{{ content }}");
            WaitFor(reports, seen, "theme/layouts/article.sbn-html", orFolder: "theme/layouts/");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Waits for a report of `path`, or of `orFolder` when given, which may also have come before (each save may be
    // reported more than once, and other paths in between); `seen` keeps every report taken.
    private static void WaitFor(BlockingCollection<string> reports, List<string> seen, string path, string? orFolder = null)
    {
        if (orFolder is not null && seen.Contains(orFolder))
        {
            return;
        }
        while (reports.TryTake(out var reported, TimeSpan.FromSeconds(30)))
        {
            seen.Add(reported);
            if (reported == path || reported == orFolder)
            {
                return;
            }
        }
        throw new ShouldAssertException($"'{path}' was not reported; reported: {string.Join(", ", seen)}");
    }
}
