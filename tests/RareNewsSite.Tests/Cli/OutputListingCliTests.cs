using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// A build writes over the build before the last one and leaves alone each file whose bytes it would write the same, as
/// the cache folder lists them; the output is always exactly a fresh build's.
/// </summary>
public sealed class OutputListingCliTests
{
    private const string Article = "output/articles/older-news/index.html";

    [Fact]
    public async Task Should_Leave_Alone_The_Files_Whose_Bytes_Are_The_Same_And_Write_The_Changed_Ones()
    {
        // Given two builds: the second swaps the first out to output.previous
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        var first = Times(site.PathOf("output"));
        (await Build(site)).ExitCode.ShouldBe(0);

        // When an article changes and the site is built again (over the first build's folder)
        var source = site.PathOf("input/articles/2026/older-news.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("Research continues.", "Research continues, in three countries.", StringComparison.Ordinal));
        var run = await Build(site);

        // Then the output is a fresh build's; the article's page was written, and a page it does not touch was left as the first build made it
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        await FreshBuild.ShouldMatch(site);
        var now = Times(site.PathOf("output"));
        now[Article].ShouldNotBe(first[Article]);
        now["output/about/index.html"].ShouldBe(first["output/about/index.html"]);
        now.Count(t => first.TryGetValue(t.Key, out var before) && before == t.Value).ShouldBeGreaterThan(now.Count / 2);
    }

    [Fact]
    public async Task Should_Write_Again_A_File_Changed_Since_The_Build_That_Listed_It()
    {
        // Given two builds, and the page of the first one changed by hand afterwards, to the same length
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        (await Build(site)).ExitCode.ShouldBe(0);
        var page = site.PathOf(Article.Replace("output/", "output.previous/", StringComparison.Ordinal));
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("Research continues.", "Research continued", StringComparison.Ordinal));

        // When the site is built again, over that folder
        (await Build(site)).ExitCode.ShouldBe(0);

        // Then the page is the build's own again
        File.ReadAllText(site.PathOf(Article)).ShouldBe(text);
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Warn_Once_And_Write_Every_File_When_The_Cache_Is_Damaged()
    {
        // Given two builds, and their listings damaged
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        (await Build(site)).ExitCode.ShouldBe(0);
        var listings = Directory.GetFiles(site.PathOf(".rarenews/cache/output"));
        listings.Length.ShouldBe(2);
        foreach (var listing in listings)
        {
            var bytes = File.ReadAllBytes(listing);
            bytes[bytes.Length / 2] ^= 0xFF;
            File.WriteAllBytes(listing, bytes);
        }

        // When the site is built again
        var run = await Build(site);

        // Then one warning says so, and the output is a fresh build's
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        var warnings = (run.Out + run.Error).Split('\n').Where(l => l.Contains("RN0903", StringComparison.Ordinal)).ToList();
        warnings.ShouldHaveSingleItem().ShouldContain("warning RN0903: the build cache is damaged; it is ignored, and every file is written again");
        warnings[0].ShouldStartWith(".rarenews/cache/output/");
        await FreshBuild.ShouldMatch(site);

        // And the build after it uses the cache again, without a warning, and removes what a killed build left
        var current = Directory.GetFiles(site.PathOf(".rarenews/cache/output"), "*.list").Single(f => !f.EndsWith(".previous.list", StringComparison.Ordinal));
        var left = $"{current}.{int.MaxValue}.tmp";
        File.WriteAllText(left, "half a listing");
        var next = await Build(site);
        (next.Out + next.Error).ShouldNotContain("RN0903");
        File.Exists(left).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Keep_The_Cache_Where_Asked_And_Nowhere_Without_One()
    {
        using var site = new TempSite("basic");
        (await Build(site, "--cache", "elsewhere")).ExitCode.ShouldBe(0);
        Directory.GetFiles(site.PathOf("elsewhere/output"), "*.list").ShouldHaveSingleItem();

        (await Build(site, "--no-cache")).ExitCode.ShouldBe(0);
        (await Build(site, "--no-cache")).ExitCode.ShouldBe(0);
        Directory.Exists(site.PathOf(".rarenews")).ShouldBeFalse();
        await FreshBuild.ShouldMatch(site);

        var both = await Build(site, "--no-cache", "--cache", "elsewhere");
        both.ExitCode.ShouldNotBe(0);
        (both.Out + both.Error).ShouldContain("--cache and --no-cache cannot be given together");
    }

    private static Task<CliRun> Build(TempSite site, params string[] more) =>
        CliRun.RunAsync(["build", "-r", site.Root, "--clock", "2026-11-26", .. more]);

    // Each file's last-write time, by its path relative to the site (under output/).
    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => "output/" + Path.GetRelativePath(folder, p).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
