using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, "About this study": the plain-language box, and a diagnostic for every malformed field.</summary>
public sealed class StudyTests
{
    private static TestSite Site(string study) => TestSite.FromText($$"""
        -- statiq.json --
        { "Host": "example.org" }
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-10-14
        author: ann
        summary: S
        study:
        {{study}}
        ---
        Body.
        """).WithRepoTheme();

    [Fact]
    public void Should_Explain_A_Small_Study_Against_Historical_Controls_In_Plain_Language()
    {
        var page = Site("""
              design: single-group-trial
              participants: 30
              comparison: historical-controls
              comparison_group: "214 babies treated <earlier> with chemotherapy & nothing else"
            """).Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("""<section class="study-box" aria-labelledby="study-heading">""");
        page.ShouldContain("<dt>What kind of study</dt>\n<dd>A single-group trial. Everyone in the study got the treatment.");
        page.ShouldContain("<dt>How many people took part</dt>\n<dd>30. This is a small study. In a small study, chance alone");
        page.ShouldContain("<dt>Compared with</dt>\n<dd>214 babies treated &lt;earlier&gt; with chemotherapy &amp; nothing else. The comparison group was treated at a different time");
        page.ShouldContain("so the result is less certain than in a trial where both groups were treated at the same time.");
        page.ShouldNotContain("<dt>Trial phase</dt>");
    }

    [Fact]
    public void Should_Name_The_Phase_And_Comparison_And_Link_The_Registry_Record_Listing_It_With_The_Trials()
    {
        var built = Site("""
              design: Randomized controlled trial
              phase: 2/3
              participants: 412
              comparison: placebo
              registry: NCT04017000
            """).Build().ShouldSucceed();
        var page = built.File("articles/a/index.html");

        page.ShouldContain("<dd>A randomised controlled trial. People were put into groups by chance");
        page.ShouldContain("<dt>Trial phase</dt>\n<dd>Phase 2/3. Phase 2/3 trials combine");
        page.ShouldContain("<dd>412.</dd>");
        page.ShouldContain("<dt>Compared with</dt>\n<dd>A dummy treatment (placebo). Comparing with a placebo");
        page.ShouldContain("""<dt>Registered as</dt>""" + "\n" + """<dd><a href="https://clinicaltrials.gov/study/NCT04017000">NCT04017000</a></dd>""");
        page.ShouldContain("""<h2 id="trials-heading">Clinical trials in this article</h2>""");
        built.File("diseases/all/index.html").ShouldNotContain("NCT04017000", customMessage: "the article is about no disease");
    }

    [Fact]
    public void Should_Link_An_Isrctn_Registry_Number_To_Its_Record()
    {
        Site("  registry: ISRCTN12345678").Build().ShouldSucceed().File("articles/a/index.html")
            .ShouldContain("""<dd><a href="https://www.isrctn.com/ISRCTN12345678">ISRCTN12345678</a></dd>""");
    }

    [Fact]
    public void Should_Show_No_Box_Without_A_Study()
    {
        var built = TestSite.FromText($$"""
            {{TrustSites.Records}}
            -- input/articles/a.md --
            ---
            title: A
            date: 2026-10-14
            author: ann
            summary: S
            ---
            Body.
            """).WithRepoTheme().Build().ShouldSucceed();

        built.File("articles/a/index.html").ShouldNotContain("study-box");
    }

    [Fact]
    public void Should_Report_Every_Malformed_Field_At_Its_Position_With_A_Suggestion()
    {
        var built = Site("""
              design: randomised-controlled-trial
              phase: II
              participants: thirty babies
              comparison: old patients
              registry: nct 0401 7000
              desing: x
            """).Build();

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/articles/a.md:7:11: error RN0532: unknown 'study.design' 'randomised-controlled-trial'; did you mean 'randomized-controlled-trial'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:8:10: error RN0533: 'study.phase' must be 1, 1/2, 2, 2/3, 3 or 4, not \"II\"; did you mean '2'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:9:17: error RN0533: 'study.participants' is how many people took part, a whole number such as 30, not \"thirty babies\"; describe the comparison group in 'study.comparison_group'");
        built.Diagnostics.ShouldContain("input/articles/a.md:10:15: error RN0532: unknown 'study.comparison' 'old patients'; use one of: placebo, usual-care, another-treatment, historical-controls, none");
        built.Diagnostics.ShouldContain("input/articles/a.md:11:13: error RN0533: 'study.registry' must be a ClinicalTrials.gov number (NCT and eight digits) or an ISRCTN number (ISRCTN and eight digits), not \"nct 0401 7000\"; did you mean 'NCT04017000'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:12:3: warning RN0103: unknown key 'study.desing'; did you mean 'design'?");
    }

    [Fact]
    public void Should_List_The_Designs_When_An_Unknown_One_Is_Not_Close_To_Any()
    {
        Site("  design: anecdote").Build().Diagnostics.ShouldContain(
            "input/articles/a.md:7:11: error RN0532: unknown 'study.design' 'anecdote'; use one of: randomized-controlled-trial, controlled-trial, single-group-trial, cohort-study, case-control-study, cross-sectional-study, case-series, case-report, systematic-review, meta-analysis, laboratory-study, animal-study");
    }

    [Fact]
    public void Should_Report_A_Study_That_Is_Not_A_Mapping()
    {
        var built = TestSite.FromText($$"""
            {{TrustSites.Records}}
            -- input/articles/a.md --
            ---
            title: A
            date: 2026-10-14
            author: ann
            summary: S
            study: a small trial
            ---
            Body.
            """).WithRepoTheme().Build();

        built.Diagnostics.ShouldContain("input/articles/a.md:6:8: error RN0533: 'study' describes the study the article reports on, such as {design: randomized-controlled-trial, participants: 120, comparison: placebo}");
    }
}
