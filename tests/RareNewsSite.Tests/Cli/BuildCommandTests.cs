using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Should_Build_And_Exit_0_With_A_Summary()
    {
        using var site = new TempSite("basic");

        var run = await CliRun.RunAsync("build", "--root", site.Root, "--clock", "2026-11-26");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Built 27 pages and feeds (1 404, 3 article, 2 author, 1 corrections, 1 disease, 6 feed, 2 home, 3 index, 2 page, 1 redirect, 1 reviewer, 1 search, 3 tag)");
        run.Out.ShouldContain("0 errors, 0 warnings");
        File.ReadAllText(site.PathOf("output/articles/infant-study/index.html")).ShouldContain("<h1>Infant study shows better survival</h1>");
    }

    [Fact]
    public async Task Should_Include_Drafts_And_Future_Posts_Only_When_Asked()
    {
        using var site = new TempSite("basic");

        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26")).ExitCode.ShouldBe(0);
        Directory.Exists(site.PathOf("output/articles/draft-story")).ShouldBeFalse();
        Directory.Exists(site.PathOf("output/articles/future-story")).ShouldBeFalse();

        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26", "--drafts", "--future")).ExitCode.ShouldBe(0);
        Directory.Exists(site.PathOf("output/articles/draft-story")).ShouldBeTrue();
        Directory.Exists(site.PathOf("output/articles/future-story")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Write_Over_The_Previous_Build_Leaving_Exactly_A_Fresh_Build_And_Clean_Both()
    {
        // Given: a build with drafts, then one without (it writes over the first build's files)
        using var site = new TempSite("basic");
        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26", "--drafts", "--future")).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26")).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26", "-o", "fresh")).ExitCode.ShouldBe(0);

        // Then: the output is exactly a fresh build's, and the build before it is kept next to it
        FreshBuild.Tree(site.PathOf("output")).ShouldBe(FreshBuild.Tree(site.PathOf("fresh")));
        Directory.Exists(site.PathOf("output/articles/draft-story")).ShouldBeFalse();
        Directory.Exists(site.PathOf("output.previous/articles/draft-story")).ShouldBeTrue();

        // When, Then: clean deletes both
        (await CliRun.RunAsync("clean", "-r", site.Root)).ExitCode.ShouldBe(0);
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
        Directory.Exists(site.PathOf("output.previous")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Exit_1_With_Every_Diagnostic_And_Keep_The_Previous_Output()
    {
        // Given: a good build, then a broken article
        using var site = new TempSite("basic");
        (await CliRun.RunAsync("build", "-r", site.Root, "-o", "public")).ExitCode.ShouldBe(0);
        var before = Snapshot(site.PathOf("public"));
        File.WriteAllText(site.PathOf("input/articles/broken.md"), "---\ntitle: [oops\n---\n");
        File.WriteAllText(site.PathOf("input/articles/unknown.md"), "---\ntitle: T\ndate: 2026-01-01\nauthor: nobody\nsummary: S\n---\nx\n");

        // When
        var run = await CliRun.RunAsync("build", "-r", site.Root, "-o", "public");

        // Then
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("input/articles/broken.md:3:1: error RN0100: invalid YAML");
        run.Error.ShouldContain("input/articles/unknown.md:4:1: error RN0104: unknown author 'nobody'; add input/authors/nobody.md");
        run.Error.ShouldNotContain("   at ");
        run.Out.ShouldContain("public/ was left as it was");
        Snapshot(site.PathOf("public")).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Exit_1_For_A_Misspelt_Setting()
    {
        using var site = new TempSite("basic");
        File.WriteAllText(site.PathOf("statiq.json"), "{\n  \"SiteTitel\": \"x\"\n}\n");

        var run = await CliRun.RunAsync("build", "-r", site.Root);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("statiq.json:2:3: error RN0401: unknown setting 'SiteTitel'; did you mean 'SiteTitle'?");
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/output")]
    [InlineData("theme")]
    [InlineData(".")]
    public async Task Should_Refuse_An_Output_Folder_That_Overlaps_The_Sources(string output)
    {
        using var site = new TempSite("basic");

        var run = await CliRun.RunAsync("build", "-r", site.Root, "-o", output);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("--output:1:1: error RN0901:");
        File.Exists(site.PathOf("input/pages/about.md")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--setting", "NoEquals")]
    [InlineData("build", "--clock", "soon")]
    public async Task Should_Exit_2_On_Bad_Usage(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotContain("   at ");
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
