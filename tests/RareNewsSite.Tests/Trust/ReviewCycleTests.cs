using System.Text.Json;
using System.Text.RegularExpressions;
using RareNewsSite.Content.Trust;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, review cycle: dates on articles and diseases, the site's interval, the overdue check and <c>list review-due</c>.</summary>
public sealed partial class ReviewCycleTests
{
    private static TestSite Site(string articleFrontMatter, string settings = """{ "Host": "example.org" }""") => TestSite.FromText($$"""
        -- statiq.json --
        {{settings}}
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-10-14
        author: ann
        summary: S
        diseases: [all]
        {{articleFrontMatter}}
        ---
        Body text.
        """).WithRepoTheme();

    [Theory]
    [InlineData("3y", 3, 0, 0)]
    [InlineData("18m", 0, 18, 0)]
    [InlineData("1y6m", 1, 6, 0)]
    [InlineData("2w", 0, 0, 14)]
    [InlineData(" 90D ", 0, 0, 90)]
    [InlineData("", 0, 0, 0)]
    public void Should_Parse_Review_Intervals(string text, int years, int months, int days) =>
        ReviewInterval.Parse(text).ShouldBe(new ReviewInterval(years, months, days));

    [Theory]
    [InlineData("3 years")]
    [InlineData("y")]
    [InlineData("-1y")]
    [InlineData("6m1y")]
    public void Should_Refuse_Malformed_Intervals(string text) => ReviewInterval.Parse(text).ShouldBeNull();

    [Fact]
    public void Should_Show_Last_Reviewed_And_Next_Review_On_Article_And_Disease_Pages()
    {
        var built = Site("last_reviewed: 2026-10-20\nnext_review: 2027-04-20").Build().ShouldSucceed();

        var article = built.File("articles/a/index.html");
        article.ShouldContain("""<div class="review-date">""");
        article.ShouldContain("""Page last reviewed: <time datetime="2026-10-20">20 October 2026</time><br>Next review due: <time datetime="2027-04-20">20 April 2027</time>""");
        // The disease names only last_reviewed: the site's default interval (3 years) gives the next review.
        built.File("diseases/all/index.html").ShouldContain("""Page last reviewed: <time datetime="2026-09-01">1 September 2026</time><br>Next review due: <time datetime="2029-09-01">1 September 2029</time>""");
    }

    [Fact]
    public void Should_Take_The_Default_Interval_From_Settings_And_Show_Nothing_Without_Dates()
    {
        var built = Site("last_reviewed: 2026-10-20", """{ "Host": "example.org", "ReviewInterval": "18m" }""").Build().ShouldSucceed();
        built.File("articles/a/index.html").ShouldContain("""Next review due: <time datetime="2028-04-20">20 April 2028</time>""");

        var none = Site("").Build().ShouldSucceed();
        none.File("articles/a/index.html").ShouldNotContain("review-date");
    }

    [Fact]
    public void Should_Describe_The_Review_In_Json_Ld_On_Articles_And_Diseases()
    {
        var built = Site("last_reviewed: 2026-10-20").Build().ShouldSucceed();

        var page = JsonLdOf(built.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "MedicalWebPage");
        page.GetProperty("lastReviewed").GetString().ShouldBe("2026-10-20T00:00:00+00:00");
        page.TryGetProperty("reviewedBy", out _).ShouldBeFalse("no reviewer: no property, never null");
        var disease = JsonLdOf(built.File("diseases/all/index.html")).Single(n => n.GetProperty("@type").GetString() == "MedicalWebPage");
        disease.GetProperty("lastReviewed").GetString().ShouldBe("2026-09-01T00:00:00+00:00");
        disease.GetProperty("about").GetProperty("@type").GetString().ShouldBe("MedicalCondition");
    }

    [Fact]
    public void Should_Report_A_Next_Review_Before_The_Last_One_At_Its_Position()
    {
        var built = Site("last_reviewed: 2026-10-20\nnext_review: 2026-01-01").Build();

        built.Diagnostics.ShouldContain("input/articles/a.md:8:1: error RN0520: 'next_review' (2026-01-01) is before 'last_reviewed' (2026-10-20); the next review comes after the last one");
    }

    [Fact]
    public void Should_Report_A_Malformed_Review_Interval_Setting()
    {
        var built = Site("", """{ "Host": "example.org", "ReviewInterval": "three years" }""").Build();

        built.Diagnostics.ShouldContain(d => d.Contains("error RN0402: 'ReviewInterval' must be a span such as \"3y\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Warn_In_Check_About_Overdue_Reviews_At_The_Clock_Given()
    {
        // Given: the example site, whose seed article is due for review on 2027-10-20
        using var site = new ExampleSiteCopy();

        // When: checked on the due day, and the day after
        var onTheDay = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2027-10-20T12:00:00Z");
        var after = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2027-10-21T12:00:00Z");
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2027-10-21T12:00:00Z");

        // Then: overdue only once the day has passed, at the next_review line; a build does not check it
        onTheDay.Out.ShouldNotContain("blinatumomab-infant-all.md:12:1: warning RN0521");
        after.Out.ShouldContain("input/articles/blinatumomab-infant-all.md:12:1: warning RN0521: the review is overdue: the next review was due on 2027-10-20 ('next_review'); review the page, then update 'last_reviewed' and 'next_review'");
        after.ExitCode.ShouldBe(0);
        build.Out.ShouldNotContain("RN0521");
    }

    [Fact]
    public async Task Should_List_Pages_Due_For_Review_Within_A_Window()
    {
        using var site = new ExampleSiteCopy();

        var overdueOnly = await CliRun.RunAsync("list", "review-due", "-r", site.Root, "--clock", "2026-11-26");
        var sixMonths = await CliRun.RunAsync("list", "review-due", "-r", site.Root, "--clock", "2026-11-26", "--within", "6m");
        var later = await CliRun.RunAsync("list", "review-due", "-r", site.Root, "--clock", "2029-10-01");
        var bad = await CliRun.RunAsync("list", "review-due", "-r", site.Root, "--within", "soon");

        overdueOnly.ExitCode.ShouldBe(0, overdueOnly.Error);
        overdueOnly.Out.ShouldBe("No page is due for review now\n");
        sixMonths.Out.ShouldBe("""
            input/articles/sickle-cell-gene-therapy-questions.md  Gene therapy for sickle cell disease: questions families are asking  2027-05-10
            1 page is due for review within 6m (0 overdue)

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        Lines(later.Out).ShouldBe([
            "input/articles/sickle-cell-gene-therapy-questions.md  Gene therapy for sickle cell disease: questions families are asking         2027-05-10 (overdue)",
            "input/articles/blinatumomab-infant-all.md             Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia  2027-10-20 (overdue)",
            "input/diseases/acute-lymphoblastic-leukemia.md        Acute lymphoblastic leukemia                                                2029-09-01 (overdue)",
            "3 pages are due for review now (3 overdue)",
        ]);
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("--within expects a span such as 30d, 2w, 3m or 1y, not \"soon\"");
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    internal static List<JsonElement> JsonLdOf(string html)
    {
        var json = JsonLdScript().Match(html).Groups[1].Value;
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("@graph").EnumerateArray()];
    }

    internal static IEnumerable<string> JsonLdScripts(string html) => JsonLdScript().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
