using RareNewsSite.Engine;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using RareNewsSite.Tests.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, the evidence check: hype words, relative-only figures, results without n, treatment news without sources.</summary>
public sealed partial class EvidenceTests
{
    private static readonly BuildOptions Checking = new() { Clock = TestClock.Default, EditorialChecks = true };

    private static BuiltSite Check(string frontMatter, string body, BuildOptions? options = null) => TestSite.FromText($$"""
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        {{frontMatter}}
        date: 2026-10-14
        author: ann
        ---
        {{body}}
        """).WithRepoTheme().Build(options ?? Checking);

    private static IEnumerable<string> Evidence(BuiltSite built) =>
        built.Diagnostics.Where(d => EvidenceCode().IsMatch(d));

    [Fact]
    public void Should_Warn_About_Hype_Words_In_The_Title_And_Summary_At_Each_Word()
    {
        var built = Check("""
            title: "A breakthrough: is this the cure families waited for?"
            summary: "Doctors call the drug a game-changer. There is still no cure for ALL in babies."
            """, "Body.");

        Evidence(built).ShouldBe(
        [
            "input/articles/a.md:2:11: warning RN0534: 'title' says \"breakthrough\", a word that promises more than research news can show; say what the study found, such as \"more babies were alive two years later\"",
            "input/articles/a.md:2:37: warning RN0534: 'title' says \"cure\", a word that promises more than research news can show; say what the study found, such as \"more babies were alive two years later\"",
            "input/articles/a.md:3:35: warning RN0534: 'summary' says \"game-changer\", a word that promises more than research news can show; say what the study found, such as \"more babies were alive two years later\"",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Should_Warn_About_A_Relative_Figure_Only_When_Its_Section_Has_No_Absolute_Figures()
    {
        var built = Check("title: T\nsummary: S", """
            The drug halves the risk of relapse.

            ## With figures

            The risk was 40% lower: 18 out of 100 babies relapsed, against 30 out of 100 before.

            ## Without figures

            Relapse was 40% lower with the drug, and it cut deaths by nearly 30 percent.

            ## Both groups' percentages

            Relapse fell 3-fold: 51% of babies before, 18% with the drug.
            """);

        Evidence(built).ShouldBe(
        [
            "input/articles/a.md:7:10: warning RN0535: \"halves\" is a relative change, and this section gives no absolute figures; say how many out of how many, such as \"18 out of 100 babies instead of 51 out of 100\"",
            "input/articles/a.md:15:13: warning RN0535: \"40% lower\" is a relative change, and this section gives no absolute figures; say how many out of how many, such as \"18 out of 100 babies instead of 51 out of 100\"",
            "input/articles/a.md:15:45: warning RN0535: \"cut deaths by nearly 30 percent\" is a relative change, and this section gives no absolute figures; say how many out of how many, such as \"18 out of 100 babies instead of 51 out of 100\"",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Should_Warn_About_A_Results_Table_Without_Group_Sizes()
    {
        var built = Check("title: T\nsummary: S", """
            ::: results "Outcomes"
            | Outcome | Blinatumomab | Chemotherapy alone |
            |---|---|---|
            | Alive | 93% | 66% |
            :::

            ::: results "Outcomes with n"
            | Outcome | Blinatumomab (n=30) | Chemotherapy alone (n = 214) |
            |---|---|---|
            | Alive | 93% | 66% |
            :::

            ::: results "Outcomes with people counted"
            | Outcome | Blinatumomab (30 babies) | Chemotherapy alone (214 babies) |
            |---|---|---|
            | Alive | 93% | 66% |
            :::
            """);

        Evidence(built).ShouldBe(["input/articles/a.md:7:1: warning RN0536: the '::: results' table does not say how many people were in each group; add it to each column header, such as \"Blinatumomab (n=30)\""]);
    }

    [Fact]
    public void Should_Warn_About_A_Treatment_Article_Without_Sources()
    {
        Evidence(Check("title: T\nsummary: S\ndrugs: [blinatumomab]", "Body.")).ShouldBe(
            ["input/articles/a.md:4:1: warning RN0537: the article is about a treatment ('drugs': blinatumomab) but lists no 'sources'; add where the news came from, such as sources: [{title: \"...\", doi: 10.1056/...}]"]);
        Evidence(Check("title: T\nsummary: S\ndrugs: [blinatumomab]\nsources: [{title: S, url: https://example.org/s}]", "Body.")).ShouldBeEmpty();
        Evidence(Check("title: T\nsummary: S\nstudy: {design: case-report}", "Body.")).ShouldHaveSingleItem().ShouldContain("input/articles/a.md:4:1: warning RN0537: the article is about a treatment ('study')");
    }

    [Fact]
    public void Should_Leave_The_Evidence_Check_To_Check_So_A_Build_Is_Quiet() =>
        Check("title: A miracle\nsummary: S\ndrugs: [x]", "It halves the risk.", new BuildOptions { Clock = TestClock.Default })
            .ShouldSucceed().Diagnostics.ShouldBeEmpty();

    [Fact]
    public async Task Should_Check_The_Example_Site_With_No_Evidence_Warning_And_Report_One_Added()
    {
        using var site = new ExampleSiteCopy();
        var clean = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2026-11-26");
        clean.ExitCode.ShouldBe(0, clean.Error);
        clean.Out.ShouldNotMatch("RN053[4-7]");
        clean.Out.ShouldContain("0 warnings");

        var path = Path.Combine(site.Root, "input", "articles", "blinatumomab-infant-all.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"Immunotherapy drug", "title: \"Miracle drug", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2026-11-26");

        run.Out.ShouldContain("input/articles/blinatumomab-infant-all.md:2:9: warning RN0534: 'title' says \"Miracle\"");
    }

    [Fact]
    public async Task Should_Show_Evidence_And_Overdue_Review_Warnings_In_The_Preview_Editor_Panel()
    {
        await using var host = await PreviewHost.StartAsync(root =>
        {
            var path = Path.Combine(root, "input", "articles", "2026", "older-news.md");
            File.WriteAllText(path, File.ReadAllText(path)
                .Replace("title: An older story", "title: A breakthrough story\nlast_reviewed: 2020-01-01", StringComparison.Ordinal));
        });

        var html = await host.GetStringAsync("/articles/older-news/");

        html.ShouldContain("<li>input/articles/2026/older-news.md:2:10: warning RN0534: &#39;title&#39; says &quot;breakthrough&quot;");
        html.ShouldContain("<li>input/articles/2026/older-news.md:3:1: warning RN0521: the review is overdue: the next review was due on 2023-01-01");
    }

    [System.Text.RegularExpressions.GeneratedRegex("RN053[4-7]")]
    private static partial System.Text.RegularExpressions.Regex EvidenceCode();
}
