using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// <c>build --incremental</c> keeps how each page was made and takes from the last output the pages whose making is
/// the same; whatever it takes, the output is exactly a fresh build's.
/// </summary>
public sealed class IncrementalBuildCliTests
{
    [Fact]
    public async Task Should_Make_Again_Only_The_Pages_An_Edit_Touches_And_Give_A_Fresh_Builds_Output()
    {
        // Given an incremental build, and a second one with nothing changed
        using var site = new TempSite("basic");
        DateInputs(site, LongAgo);
        var first = await Build(site);
        first.ExitCode.ShouldBe(0, first.Out + first.Error);
        first.Out.ShouldContain(", 0 of them taken from the last build,");
        var traces = CacheFile(site, "*.traces");
        var kept = File.ReadAllBytes(traces);
        File.SetLastWriteTimeUtc(traces, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = await Build(site);
        var total = PagesBuilt(second.Out);
        second.Out.ShouldContain($", {total} of them taken from the last build,");
        await FreshBuild.ShouldMatch(site);
        // (a build that made nothing leaves the traces as they were, unwritten)
        File.GetLastWriteTimeUtc(traces).ShouldBe(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.ReadAllBytes(traces).ShouldBe(kept);

        // When an article's body changes
        var source = site.PathOf("input/articles/2026/older-news.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("Research continues.", "Research continues, in three countries.", StringComparison.Ordinal));
        var third = await Build(site);

        // Then its page is made again, and most pages are taken from the last build; the output is a fresh build's. What
        // changed in the traces is saved beside them, and the file itself is left as it was
        third.ExitCode.ShouldBe(0, third.Out + third.Error);
        File.ReadAllBytes(traces).ShouldBe(kept);
        File.Exists(RareNewsSite.Engine.Incremental.TraceFile.DeltaPath(traces)).ShouldBeTrue();
        var reused = Reused(third.Out);
        reused.ShouldBeLessThan(total);
        reused.ShouldBeGreaterThan(total / 2);
        File.ReadAllText(site.PathOf("output/articles/older-news/index.html")).ShouldContain("in three countries");
        await FreshBuild.ShouldMatch(site);

        // And a title edit reaches every list that shows the article's card
        File.WriteAllText(source, File.ReadAllText(source).Replace("title: An older story", "title: A renamed older story", StringComparison.Ordinal));
        var fourth = await Build(site);
        fourth.ExitCode.ShouldBe(0, fourth.Out + fourth.Error);
        Reused(fourth.Out).ShouldBeLessThan(reused);
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Make_Every_Page_Again_After_The_Theme_Changed()
    {
        // Given an incremental build
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);

        // When a theme file changes
        var partial = Directory.GetFiles(site.PathOf("theme/partials")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(partial, "<!-- changed -->\n");
        var run = await Build(site);

        // Then one warning says the cache is not used, nothing is taken from the last build, and the output is a fresh build's
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain(", 0 of them taken from the last build,");
        (run.Out + run.Error).ShouldContain("warning RN0903: the build cache was made with other settings or another theme; it is ignored, and every page is made again");
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Warn_Once_And_Make_Every_Page_When_The_Traces_Are_Damaged()
    {
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        var traces = CacheFile(site, "*.traces");
        var bytes = File.ReadAllBytes(traces);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(traces, bytes);

        var run = await Build(site);

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain(", 0 of them taken from the last build,");
        (run.Out + run.Error).Split('\n').Count(l => l.Contains("RN0903", StringComparison.Ordinal)).ShouldBe(1);
        (run.Out + run.Error).ShouldContain("the build cache is damaged; it is ignored, and every page is made again");
        await FreshBuild.ShouldMatch(site);
        var left = $"{traces}.{int.MaxValue}.tmp";
        File.WriteAllText(left, "half of the traces of a build that was killed");
        var next = await Build(site);
        (next.Out + next.Error).ShouldNotContain("RN0903");
        Reused(next.Out).ShouldBe(PagesBuilt(next.Out));
        File.Exists(left).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Make_Again_What_Reads_A_Kept_Value_Whose_Bytes_Were_Damaged()
    {
        // Given an incremental build, and every kept value's bytes damaged afterwards
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        var values = CacheFile(site, "*.values");
        var bytes = File.ReadAllBytes(values);
        for (var i = 0; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x20;
        }
        File.WriteAllBytes(values, bytes);

        // When an article's title changes, so that the lists read every card again
        var source = site.PathOf("input/articles/2026/older-news.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("title: An older story", "title: A renamed older story", StringComparison.Ordinal));
        var run = await Build(site);

        // Then what reads them makes them again, and the output is a fresh build's
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Make_A_Page_Again_When_Its_File_Was_Changed_In_The_Output()
    {
        // Given two incremental builds, and then an article page changed by hand in the output and in the folder before it
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        (await Build(site)).ExitCode.ShouldBe(0);
        const string Page = "articles/older-news/index.html";
        var text = File.ReadAllText(site.PathOf("output/" + Page));
        File.WriteAllText(site.PathOf("output/" + Page), "changed by hand");
        File.WriteAllText(site.PathOf("output.previous/" + Page), "changed by hand");

        // When the site is built again
        (await Build(site)).ExitCode.ShouldBe(0);

        // Then the page is the build's own again
        File.ReadAllText(site.PathOf("output/" + Page)).ShouldBe(text);
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Take_Pages_From_An_Output_Folder_Restored_With_Other_Times()
    {
        // Given an incremental build whose output folder alone is restored later, every file's time changed, as a CI
        // cache that keeps times to the second restores it (and without the folder before it)
        using var site = new TempSite("basic");
        (await Build(site)).ExitCode.ShouldBe(0);
        var first = await Build(site);
        first.ExitCode.ShouldBe(0, first.Out + first.Error);
        Directory.Delete(site.PathOf("output.previous"), recursive: true);
        foreach (var file in Directory.EnumerateFiles(site.PathOf("output"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
        const string Page = "articles/older-news/index.html";
        var text = File.ReadAllText(site.PathOf("output/" + Page));
        File.WriteAllText(site.PathOf("output/" + Page), text.Replace("Research continues.", "Research continued.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(site.PathOf("output/" + Page), LongAgo);

        // When the site is built again
        var second = await Build(site);

        // Then every page whose bytes are as listed is taken from it, the one changed with the same length is made again,
        // and the output is a fresh build's
        second.ExitCode.ShouldBe(0, second.Out + second.Error);
        Reused(second.Out).ShouldBe(PagesBuilt(second.Out) - 1);
        File.ReadAllText(site.PathOf("output/" + Page)).ShouldBe(text);
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Take_A_File_With_The_Length_And_Time_It_Had_Without_Reading_It()
    {
        // Given an incremental build of a site whose files were last written long ago
        using var site = new TempSite("basic");
        DateInputs(site, LongAgo);
        (await Build(site)).ExitCode.ShouldBe(0);
        var source = site.PathOf("input/articles/2026/older-news.md");
        var page = site.PathOf("output/articles/older-news/index.html");

        // When an article's text changes, but its length and time are put back as they were
        File.WriteAllText(source, File.ReadAllText(source).Replace("Research continues.", "Research continued.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(source, LongAgo);
        (await Build(site)).ExitCode.ShouldBe(0);

        // Then the build takes the file to be the one it read before, as rsync's quick check would
        File.ReadAllText(page).ShouldContain("Research continues.");

        // And once the file has another time, it is read, and the output is a fresh build's
        File.SetLastWriteTimeUtc(source, LongAgo.AddMinutes(1));
        (await Build(site)).ExitCode.ShouldBe(0);
        File.ReadAllText(page).ShouldContain("Research continued.");
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Read_Again_A_File_Written_Just_Before_The_Build_Even_With_The_Same_Length_And_Time()
    {
        // Given an incremental build just after an article was written (a file system may keep times to the second)
        using var site = new TempSite("basic");
        DateInputs(site, LongAgo);
        var source = site.PathOf("input/articles/2026/older-news.md");
        var justNow = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(source, justNow);
        (await Build(site)).ExitCode.ShouldBe(0);

        // When it is changed again within that same time, with the same length
        File.WriteAllText(source, File.ReadAllText(source).Replace("Research continues.", "Research continued.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(source, justNow);
        (await Build(site)).ExitCode.ShouldBe(0);

        // Then the build reads it: a file written that close to a build is never taken by its length and time
        File.ReadAllText(site.PathOf("output/articles/older-news/index.html")).ShouldContain("Research continued.");
        await FreshBuild.ShouldMatch(site);
    }

    [Fact]
    public async Task Should_Refuse_Incremental_Without_A_Cache()
    {
        using var site = new TempSite("basic");
        var run = await Build(site, "--no-cache");
        run.ExitCode.ShouldNotBe(0);
        (run.Out + run.Error).ShouldContain("--incremental keeps what it reuses in the cache folder, so it cannot be given with --no-cache");
    }

    private static readonly DateTime LongAgo = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    // Dates every file of the site (before any build) as last written at `when`, as files an editor saved long before the build.
    private static void DateInputs(TempSite site, DateTime when)
    {
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, when);
        }
    }

    private static Task<CliRun> Build(TempSite site, params string[] more) =>
        CliRun.RunAsync(["build", "-r", site.Root, "--clock", "2026-11-26", "--incremental", .. more]);

    // The one file of the build cache whose name matches (the traces, the values).
    private static string CacheFile(TempSite site, string pattern) =>
        Directory.GetFiles(site.PathOf(".rarenews/cache/output"), pattern).ShouldHaveSingleItem();

    private static int PagesBuilt(string output) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(output, @"Built (\d+) pages").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Reused(string output) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(output, @", (\d+) of them taken from the last build,").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
