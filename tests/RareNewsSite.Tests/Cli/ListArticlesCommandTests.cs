using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>Issue #15: <c>list drafts|scheduled|recent</c>, checked against what a build at the same clock publishes.</summary>
public sealed class ListArticlesCommandTests
{
    private const string Clock = "2026-10-01";

    [Fact]
    public async Task Should_List_Drafts_Scheduled_And_Recent_Articles_As_A_Build_At_The_Same_Clock_Publishes_Them()
    {
        // Given: the example site, with two drafts started through the CLI (one dated in the future)
        using var site = new ExampleSiteCopy();
        (await CliRun.RunAsync("new", "article", "Pompe disease clinic opens", "--author", "jessica-lynn", "-r", site.Root, "--clock", "2026-09-20")).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("new", "article", "Fabry <news> & \"views\"", "--author", "jessica-lynn", "-r", site.Root, "--clock", "2026-12-01")).ExitCode.ShouldBe(0);

        // When
        var drafts = await CliRun.RunAsync("list", "drafts", "-r", site.Root, "--clock", Clock);
        var scheduled = await CliRun.RunAsync("list", "scheduled", "-r", site.Root, "--clock", Clock);
        var recent = await CliRun.RunAsync("list", "recent", "-r", site.Root, "--clock", Clock, "--count", "3");

        // Then
        drafts.ExitCode.ShouldBe(0, drafts.Error);
        Lines(drafts.Out).ShouldBe([
            "input/articles/fabry-news-views.md | Fabry <news> & \"views\" | 2026-12-01",
            "input/articles/pompe-disease-clinic-opens.md | Pompe disease clinic opens | 2026-09-20",
            "2 drafts",
        ]);
        scheduled.ExitCode.ShouldBe(0, scheduled.Error);
        Lines(scheduled.Out).ShouldBe([
            "input/articles/blinatumomab-infant-all.md | Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia | 2026-10-14",
            "input/articles/all-survivorship-care.md | Life after childhood leukemia: why follow-up care matters | 2026-11-05",
            "2 articles are scheduled; each appears with the first build on or after its date",
        ]);
        recent.ExitCode.ShouldBe(0, recent.Error);
        Lines(recent.Out).ShouldBe([
            "input/articles/huntingtons-research-explainer.md | Huntington's disease research: what 'lowering huntingtin' means | 2026-08-19",
            "input/articles/fabry-disease-diagnosis-delays.md | Why Fabry disease is often found late, and what may help | 2026-03-09",
            "input/articles/rare-disease-day-2026.md | Rare Disease Day 2026: families call for faster diagnosis and fair access to care | 2026-02-28",
            "The 3 newest published articles",
        ]);

        // And: a build at that clock publishes exactly the recent ones, not the scheduled ones or the drafts
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", Clock);
        build.ExitCode.ShouldBe(0, build.Error);
        foreach (var slug in (string[])["huntingtons-research-explainer", "fabry-disease-diagnosis-delays", "rare-disease-day-2026"])
        {
            File.Exists(site.PathOf($"output/articles/{slug}/index.html")).ShouldBeTrue(slug);
        }
        foreach (var slug in (string[])["blinatumomab-infant-all", "all-survivorship-care", "pompe-disease-clinic-opens", "fabry-news-views"])
        {
            File.Exists(site.PathOf($"output/articles/{slug}/index.html")).ShouldBeFalse(slug);
        }
    }

    [Fact]
    public async Task Should_Say_So_When_Nothing_Is_Listed_And_Report_Errors_With_Exit_1()
    {
        using var site = new ExampleSiteCopy();
        site.Write("input/articles/broken.md", "---\ntitle: Broken\ndate: 2026-01-02\nauthor: jesica-lynn\nsummary: S\n---\nText.\n");

        var drafts = await CliRun.RunAsync("list", "drafts", "-r", site.Root, "--clock", Clock);
        var scheduled = await CliRun.RunAsync("list", "scheduled", "-r", site.Root, "--clock", "2030-01-01");
        var early = await CliRun.RunAsync("list", "recent", "-r", site.Root, "--clock", "2020-01-01");
        var badCount = await CliRun.RunAsync("list", "recent", "-r", site.Root, "--count", "0");

        drafts.ExitCode.ShouldBe(1);
        drafts.Error.ShouldContain("input/articles/broken.md:4:1: error RN0104: unknown author 'jesica-lynn'; did you mean 'jessica-lynn'?");
        drafts.Out.ShouldBe("No draft\n");
        scheduled.Out.ShouldBe("No article is scheduled\n");
        early.Out.ShouldBe("No article is published yet\n");
        badCount.ExitCode.ShouldBe(2);
        badCount.Error.ShouldContain("--count must be 1 or more, not 0");
    }

    [Fact]
    public async Task Should_List_A_Site_That_Uses_The_Built_In_Theme_Without_Errors()
    {
        // Regression: issue #15. The lists read the site without the built-in theme beneath it, so a site made by
        // init (no theme/ folder) got an RN0303 error for every layout and exit 1.
        var root = Path.Combine(Path.GetTempPath(), "rns-list-init-" + Guid.NewGuid().ToString("N"));
        try
        {
            (await CliRun.RunAsync("init", root)).ExitCode.ShouldBe(0);
            foreach (var command in (string[][])[["list", "drafts"], ["list", "scheduled"], ["list", "recent"], ["list", "review-due"]])
            {
                var run = await CliRun.RunAsync([.. command, "-r", root, "--clock", "2026-12-01"]);
                run.ExitCode.ShouldBe(0, $"{string.Join(' ', command)}: {run.Error}");
                run.Error.ShouldBeEmpty(string.Join(' ', command));
            }
            (await CliRun.RunAsync("list", "recent", "-r", root, "--clock", "2026-12-01")).Out.ShouldContain("input/articles/blinatumomab-infant-leukemia.md");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Columns are padded to the longest value: compare them with the padding as " | ".
    private static string[] Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => Regex.Replace(l, " {2,}", " | "))];
}
