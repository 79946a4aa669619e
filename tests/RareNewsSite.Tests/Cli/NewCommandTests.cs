using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public async Task Should_Write_A_Dated_Draft_Article_That_Builds()
    {
        // Given
        using var site = new TempSite("basic");

        // When
        var run = await CliRun.RunAsync("new", "article", "New \"Hope\" for Infants: Phase 2", "-r", site.Root,
            "--author", "ann-author", "--disease", "acute-lymphoblastic-leukemia", "--clock", "2026-11-26T10:00:00Z");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ShouldBe("Created input/articles/new-hope-for-infants-phase-2.md");
        var text = File.ReadAllText(site.PathOf("input/articles/new-hope-for-infants-phase-2.md"));
        text.ShouldStartWith("---\ntitle: \"New \\\"Hope\\\" for Infants: Phase 2\"\ndate: 2026-11-26\nauthor: ann-author\n");
        text.ShouldContain("diseases: [acute-lymphoblastic-leukemia]\n");
        text.ShouldContain("draft: true\n");
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26", "--drafts");
        build.ExitCode.ShouldBe(0, build.Error);
        File.ReadAllText(site.PathOf("output/articles/new-hope-for-infants-phase-2/index.html")).ShouldContain("New &quot;Hope&quot; for Infants: Phase 2");
    }

    [Fact]
    public async Task Should_Refuse_To_Overwrite()
    {
        using var site = new TempSite("basic");
        var before = File.ReadAllText(site.PathOf("input/articles/2026/infant-study.md"));

        var run = await CliRun.RunAsync("new", "article", "Infant study", "-r", site.Root, "--author", "ann-author");

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("error: input/articles/2026/infant-study.md already exists; edit it, or choose another name");
        File.ReadAllText(site.PathOf("input/articles/2026/infant-study.md")).ShouldBe(before);
    }

    [Theory]
    [InlineData("--author", "ann-autor", "error: unknown author 'ann-autor'; did you mean 'ann-author'?")]
    [InlineData("--author", "zed", "error: unknown author 'zed'; add input/authors/zed.md first (rarenews new author \"Name\")")]
    public async Task Should_Check_That_The_Author_Exists(string option, string key, string expected)
    {
        using var site = new TempSite("basic");

        var run = await CliRun.RunAsync("new", "article", "Something new", "-r", site.Root, option, key);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe(expected);
        File.Exists(site.PathOf("input/articles/something-new.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Check_That_The_Disease_Exists()
    {
        using var site = new TempSite("basic");

        var run = await CliRun.RunAsync("new", "article", "Something new", "-r", site.Root, "--author", "ann-author", "--disease", "acute-lymphoblastic-leukaemia");

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("error: unknown disease 'acute-lymphoblastic-leukaemia'; did you mean 'acute-lymphoblastic-leukemia'?");
    }

    [Fact]
    public async Task Should_Require_An_Author()
    {
        var run = await CliRun.RunAsync("new", "article", "Something new");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("new article needs --author KEY");
    }

    [Fact]
    public async Task Should_Write_An_Author_And_A_Disease_That_Build()
    {
        using var site = new TempSite("basic");

        (await CliRun.RunAsync("new", "author", "Zoë O'Neil", "-r", site.Root)).Out.Trim().ShouldBe("Created input/authors/zoe-o-neil.md");
        (await CliRun.RunAsync("new", "disease", "Fabry disease", "-r", site.Root)).Out.Trim().ShouldBe("Created input/diseases/fabry-disease.md");
        var again = await CliRun.RunAsync("new", "disease", "Fabry Disease", "-r", site.Root);

        again.ExitCode.ShouldBe(1);
        again.Error.Trim().ShouldBe("error: input/diseases/fabry-disease.md already exists; edit it, or choose another name");
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");
        build.ExitCode.ShouldBe(0, build.Error);
        File.ReadAllText(site.PathOf("output/authors/zoe-o-neil/index.html")).ShouldContain("Zo&#235; O&#39;Neil");
        File.Exists(site.PathOf("output/diseases/fabry-disease/index.html")).ShouldBeTrue();
    }

    // Regression: issue #14 ("--disease pompe" said "add input/diseases/pompe.md first" although pompe-disease exists).
    [Fact]
    public async Task Should_Suggest_The_Key_That_Holds_A_Shortened_One()
    {
        using var site = new TempSite("basic");
        File.WriteAllText(site.PathOf("input/diseases/pompe-disease.md"), "---\nname: Pompe disease\n---\nAbout Pompe disease.\n");

        var disease = await CliRun.RunAsync("new", "article", "Pompe news", "-r", site.Root, "--author", "ann-author", "--disease", "pompe");
        var author = await CliRun.RunAsync("new", "article", "Pompe news", "-r", site.Root, "--author", "ann", "--disease", "pompe-disease");

        disease.ExitCode.ShouldBe(1);
        disease.Error.Trim().ShouldBe("error: unknown disease 'pompe'; did you mean 'pompe-disease'?");
        author.Error.Trim().ShouldBe("error: unknown author 'ann'; did you mean 'ann-author'?");
        File.Exists(site.PathOf("input/articles/pompe-news.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Write_A_Draft_Whose_Placeholders_Check_Refuses_Once_Published()
    {
        using var site = new TempSite("basic");
        (await CliRun.RunAsync("new", "article", "Pompe news", "-r", site.Root, "--author", "ann-author", "--clock", "2026-11-26")).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2026-11-26", "--drafts")).ExitCode.ShouldBe(0);
        var path = site.PathOf("input/articles/pompe-news.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("draft: true\n", "", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2026-11-26");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("input/articles/pompe-news.md:5:1: error RN0113: 'summary' is still the placeholder that 'new article' wrote");
        run.Out.ShouldContain("input/articles/pompe-news.md:8:1: error RN0113: placeholder text from 'new article' would be published");
        run.Out.ShouldContain("Checked: 3 errors, ");
    }
}
