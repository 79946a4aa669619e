using RareNewsSite.Content.Trust;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, clinical trials: <c>trials</c> validated, linked, found in the body, listed on the disease page, MedicalTrial in JSON-LD.</summary>
public sealed class TrialTests
{
    private static TestSite Site(string trials, string body) => TestSite.FromText($$"""
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: A trial starts
        date: 2026-10-14
        author: ann
        summary: S
        diseases: [all]
        trials: {{trials}}
        ---
        {{body}}
        -- input/articles/b.md --
        ---
        title: The trial reports
        date: 2026-11-01
        author: ann
        summary: S
        diseases: [all]
        trials: [NCT04017000]
        ---
        Results are in.
        """).WithRepoTheme();

    [Theory]
    [InlineData("NCT04017000", true)]
    [InlineData("NCT0401700", false)]
    [InlineData("NCT040170001", false)]
    [InlineData("nct04017000", false)]
    [InlineData("ISRCTN12345678", false)]
    public void Should_Accept_Only_NCT_And_Eight_Digits(string text, bool valid) => TrialNumbers.IsValid(text).ShouldBe(valid);

    [Fact]
    public void Should_Link_Listed_Trials_And_Numbers_In_The_Body_To_ClinicalTrials_Gov()
    {
        var built = Site("[NCT04017000, NCT01234567]", "The study (NCT04017000) enrols babies. Code `NCT01234567` and [a link about NCT01234567](https://www.nih.gov/) stay as they are.").Build().ShouldSucceed();

        built.Diagnostics.ShouldBeEmpty();
        var page = built.File("articles/a/index.html");
        page.ShouldContain("""The study (<a href="https://clinicaltrials.gov/study/NCT04017000" class="trial-link">NCT04017000</a>) enrols babies.""");
        page.ShouldContain("<code>NCT01234567</code>");
        page.ShouldContain("""<a href="https://www.nih.gov/">a link about NCT01234567</a>""");
        page.ShouldContain("""<li><a href="https://clinicaltrials.gov/study/NCT01234567">NCT01234567 on ClinicalTrials.gov</a></li>""");
    }

    [Fact]
    public void Should_Warn_When_The_Body_Names_A_Trial_Missing_From_Trials()
    {
        var built = Site("[NCT04017000]", "First line.\n\nA second study, NCT09999999, is planned.").Build().ShouldSucceed();

        built.Diagnostics.ShouldBe(["input/articles/a.md:11:17: warning RN0526: the text names trial NCT09999999, which 'trials' does not list; add it: trials: [NCT04017000, NCT09999999]"]);
    }

    [Fact]
    public void Should_Report_A_Malformed_Number_At_Its_Position_With_A_Suggestion()
    {
        var built = Site("[NCT04017000, nct 0401-7001, NCT123]", "Body.").Build();

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/articles/a.md:7:23: error RN0525: 'nct 0401-7001' is not a ClinicalTrials.gov number: write NCT and eight digits, such as NCT04017000; did you mean 'NCT04017001'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:7:38: error RN0525: 'NCT123' is not a ClinicalTrials.gov number: write NCT and eight digits, such as NCT04017000");
    }

    [Fact]
    public void Should_List_Trials_In_Our_Coverage_On_The_Disease_Page_With_Their_Articles()
    {
        var page = Site("[NCT04017000]", "Body.").Build().ShouldSucceed().File("diseases/all/index.html");

        page.ShouldContain("""<h2 id="trials-heading">Trials in our coverage</h2>""");
        page.ShouldContain("""<li><a href="https://clinicaltrials.gov/study/NCT04017000">NCT04017000 on ClinicalTrials.gov</a>: <a href="/articles/b/">The trial reports</a>; <a href="/articles/a/">A trial starts</a></li>""");
    }

    [Fact]
    public void Should_Describe_Each_Trial_As_A_MedicalTrial_With_Its_Identifier()
    {
        var built = Site("[NCT04017000]", "Body.").Build().ShouldSucceed();

        var news = ReviewCycleTests.JsonLdOf(built.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        var trial = news.GetProperty("mentions")[0];
        trial.GetProperty("@type").GetString().ShouldBe("MedicalTrial");
        trial.GetProperty("identifier").GetString().ShouldBe("NCT04017000");
        trial.GetProperty("url").GetString().ShouldBe("https://clinicaltrials.gov/study/NCT04017000");
    }
}
