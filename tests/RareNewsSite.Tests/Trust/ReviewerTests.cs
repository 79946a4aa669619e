using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, reviewers as records: <c>input/reviewers/&lt;key&gt;.md</c>, <c>reviewed_by: key</c>, the reviewer page, JSON-LD.</summary>
public sealed class ReviewerTests
{
    private const string Reviewer = """
        -- input/reviewers/amara-mensah.md --
        ---
        name: Dr Amara Mensah
        credentials: MD
        job_title: Pediatric hematologist
        affiliation: Example Children's Hospital
        links:
          - title: Profile
            url: https://hospital.example.org/amara
        ---
        Amara treats children with blood disorders.
        """;

    private static TestSite Site(string reviewedBy, string diseaseReviewer = "amara-mensah") => TestSite.FromText($$"""
        {{Reviewer}}
        -- input/authors/ann.md --
        ---
        name: Ann Author
        ---
        Ann writes.
        -- input/diseases/all.md --
        ---
        name: Acute lymphoblastic leukemia
        reviewed_by: {{diseaseReviewer}}
        last_reviewed: 2026-09-01
        ---
        ALL is a cancer of the blood.
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-10-14
        author: ann
        summary: S
        diseases: [all]
        reviewed_by: {{reviewedBy}}
        last_reviewed: 2026-10-20
        ---
        Body text.
        """).WithRepoTheme();

    [Fact]
    public void Should_Link_The_Review_Line_To_The_Reviewer_With_Credentials()
    {
        var built = Site("amara-mensah").Build().ShouldSucceed();

        built.Diagnostics.ShouldBeEmpty();
        built.File("articles/a/index.html").ShouldContain(
            """<p class="review">Medically reviewed by <a href="/reviewers/amara-mensah/">Dr Amara Mensah, MD</a>, Pediatric hematologist on <time datetime="2026-10-20">20 October 2026</time>.</p>""");
        built.File("diseases/all/index.html").ShouldContain("""Medically reviewed by <a href="/reviewers/amara-mensah/">Dr Amara Mensah, MD</a>""");
    }

    [Fact]
    public void Should_Describe_The_Reviewer_As_A_Person_With_Credential_Job_Title_And_Url()
    {
        var built = Site("amara-mensah").Build().ShouldSucceed();

        var page = ReviewCycleTests.JsonLdOf(built.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "MedicalWebPage");
        var person = page.GetProperty("reviewedBy");
        person.GetProperty("@type").GetString().ShouldBe("Person");
        person.GetProperty("name").GetString().ShouldBe("Dr Amara Mensah");
        person.GetProperty("url").GetString().ShouldBe("https://example.org/reviewers/amara-mensah/");
        person.GetProperty("jobTitle").GetString().ShouldBe("Pediatric hematologist");
        person.GetProperty("hasCredential").GetProperty("@type").GetString().ShouldBe("EducationalOccupationalCredential");
        person.GetProperty("hasCredential").GetProperty("name").GetString().ShouldBe("MD");
        person.GetProperty("affiliation").GetProperty("name").GetString().ShouldBe("Example Children's Hospital");
        person.GetProperty("sameAs")[0].GetString().ShouldBe("https://hospital.example.org/amara");
    }

    [Fact]
    public void Should_Give_The_Reviewer_A_Page_Listing_What_They_Reviewed()
    {
        var built = Site("amara-mensah").Build().ShouldSucceed();

        var page = built.File("reviewers/amara-mensah/index.html");
        page.ShouldContain("<h1>Dr Amara Mensah</h1>");
        page.ShouldContain("Medical reviewer · MD · Pediatric hematologist");
        page.ShouldContain("Example Children&#39;s Hospital");
        page.ShouldContain("""<a href="/articles/a/">A study</a>""");
        page.ShouldContain("""<li><a href="/diseases/all/">Acute lymphoblastic leukemia</a></li>""");
        var profile = ReviewCycleTests.JsonLdOf(page).Single();
        profile.GetProperty("@type").GetString().ShouldBe("ProfilePage");
        profile.GetProperty("mainEntity").GetProperty("hasCredential").GetProperty("name").GetString().ShouldBe("MD");
        built.File("sitemap.xml").ShouldContain("https://example.org/reviewers/amara-mensah/");
    }

    [Fact]
    public void Should_Report_An_Unknown_Reviewer_Key_With_Did_You_Mean_On_Articles_And_Diseases()
    {
        var built = Site("amara-mensa", diseaseReviewer: "amra-mensah").Build();

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/articles/a.md:7:1: error RN0522: unknown reviewer 'amara-mensa'; did you mean 'amara-mensah'?");
        built.Diagnostics.ShouldContain("input/diseases/all.md:3:1: error RN0522: unknown reviewer 'amra-mensah'; did you mean 'amara-mensah'?");
    }

    [Fact]
    public void Should_Keep_Free_Text_Working_With_A_Warning_That_Suggests_A_Record()
    {
        var named = Site("\"Dr Amara Mensah, MD\"").Build().ShouldSucceed();
        var unknown = Site("Prof. Lee Park").Build().ShouldSucceed();

        named.Diagnostics.ShouldBe(["input/articles/a.md:7:1: warning RN0523: 'reviewed_by' is free text (\"Dr Amara Mensah, MD\"), so readers see no credentials; write its key instead: reviewed_by: amara-mensah"]);
        unknown.Diagnostics.ShouldBe(["input/articles/a.md:7:1: warning RN0523: 'reviewed_by' is free text (\"Prof. Lee Park\"), so readers see no credentials; make a record input/reviewers/prof-lee-park.md (name, credentials, affiliation) and write reviewed_by: prof-lee-park"]);
        unknown.File("articles/a/index.html").ShouldContain("""<p class="review">Medically reviewed by Prof. Lee Park on""");
        var person = ReviewCycleTests.JsonLdOf(unknown.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "MedicalWebPage").GetProperty("reviewedBy");
        person.GetProperty("name").GetString().ShouldBe("Prof. Lee Park");
    }
}
