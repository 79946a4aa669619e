using System.Text;
using RareNewsSite.Building;
using RareNewsSite.Cli.Starter;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Themes;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>
/// The preview's incremental rebuilds over the built-in theme: a site file that starts or stops overriding a built-in
/// one (a layout, a partial, an asset) gives exactly what a clean build of the same files gives.
/// </summary>
public sealed class ThemeOverridePreviewTests
{
    private static readonly BuildRequest Request = new() { Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true } };

    private static InMemoryFileSystem StarterSiteFiles()
    {
        var site = new InMemoryFileSystem();
        foreach (var (path, text) in StarterSite.Files("Test News"))
        {
            site.Add(path, text);
        }
        return site;
    }

    [Theory]
    [InlineData("theme/layouts/article.sbn-html", "articles/blinatumomab-infant-leukemia/index.html")]
    [InlineData("theme/partials/footer.sbn-html", "index.html")]
    [InlineData("theme/assets/site.css", null)]
    public async Task Should_Rebuild_As_A_Clean_Build_When_A_Site_File_Starts_And_Stops_Overriding(string path, string? page)
    {
        // Given: a preview of a site with no theme/ of its own
        var site = StarterSiteFiles();
        using var session = new PreviewSession(new ThemeOverlay(site, BuiltInTheme.Files), Request);
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
        var builtIn = session.State.Files;

        // When: the site overrides the file
        var marker = path.EndsWith(".css", StringComparison.Ordinal) ? "\n.site-own { color: #000; }\n" : "<p class=\"site-own\">ours</p>\n";
        site.Add(path, Encoding.UTF8.GetString(BuiltInTheme.Files[path]) + marker);
        (await session.RebuildAsync(ChangeSet.Of([path]))).Result.Succeeded.ShouldBeTrue();

        // Then
        var overridden = session.State.Files;
        await ShouldEqualCleanBuildAsync(site, overridden);
        var changed = page ?? overridden.Keys.Single(k => k.StartsWith("assets/site.", StringComparison.Ordinal) && k.EndsWith(".css", StringComparison.Ordinal));
        Encoding.UTF8.GetString(overridden[changed]).ShouldContain("site-own");

        // When: the site's file goes, and the built-in one is used again
        site.Remove(path);
        (await session.RebuildAsync(ChangeSet.Of([path]))).Result.Succeeded.ShouldBeTrue();

        // Then
        await ShouldEqualCleanBuildAsync(site, session.State.Files);
        session.State.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(builtIn.Keys.Order(StringComparer.Ordinal));
        session.State.Files.Values.ShouldNotContain(bytes => Encoding.UTF8.GetString(bytes).Contains("site-own"));
    }

    private static async Task ShouldEqualCleanBuildAsync(InMemoryFileSystem site, System.Collections.Immutable.ImmutableDictionary<string, byte[]> files)
    {
        using var clean = new PreviewSession(new ThemeOverlay(site, BuiltInTheme.Files), Request);
        (await clean.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
        files.Keys.Order(StringComparer.Ordinal).ShouldBe(clean.State.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in clean.State.Files)
        {
            files[path].ShouldBe(bytes, path);
        }
    }
}
