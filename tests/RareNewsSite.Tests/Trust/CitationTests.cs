using RareNewsSite.Content.Trust;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, citations: sources with DOI, PMID and Vancouver fields, validated, rendered and in JSON-LD.</summary>
public sealed class CitationTests
{
    private static TestSite Site(string sources) => TestSite.FromText($$"""
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-10-14
        author: ann
        summary: S
        sources:
        {{sources}}
        ---
        Body.
        """).WithRepoTheme();

    private const string Nejm = """
          - title: "Press release"
            url: https://example.com/news
          - title: "Blinatumomab added to chemotherapy in infant lymphoblastic leukemia"
            authors: [van der Sluis IM, de Lorenzo P, Kotecha RS, et al.]
            journal: N Engl J Med
            year: 2023
            volume: "388"
            issue: "17"
            pages: 1572-81
            doi: 10.1056/NEJMoa2214171
            pmid: "12345678"
        """;

    [Fact]
    public void Should_Render_A_Numbered_Vancouver_Reference_List_With_Doi_And_PubMed_Links()
    {
        var page = Site(Nejm).Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("""<ol class="references">""");
        page.ShouldContain("""<li id="source-1"><a href="https://example.com/news">Press release</a></li>""");
        page.ShouldContain("""<li id="source-2">van der Sluis IM, de Lorenzo P, Kotecha RS, et al. <a href="https://doi.org/10.1056/NEJMoa2214171">Blinatumomab added to chemotherapy in infant lymphoblastic leukemia</a>. N Engl J Med. 2023;388(17):1572-81. doi: <a href="https://doi.org/10.1056/NEJMoa2214171">10.1056/NEJMoa2214171</a>. PubMed: <a href="https://pubmed.ncbi.nlm.nih.gov/12345678/">PMID 12345678</a>.</li>""");
    }

    [Fact]
    public void Should_Cut_Long_Author_Lists_After_Six_As_Vancouver_Does()
    {
        var citation = new Citation { Title = "T", Authors = ["A A", "B B", "C C", "D D", "E E", "F F", "G G"] };

        citation.AuthorsText.ShouldBe("A A, B B, C C, D D, E E, F F, et al.");
        (citation with { Authors = ["A A", "B B"] }).AuthorsText.ShouldBe("A A, B B.");
        (citation with { Journal = "Lancet", Year = 2020, Pages = "1-9" }).PublicationText.ShouldBe("Lancet. 2020:1-9.");
    }

    [Fact]
    public void Should_Describe_Journal_Articles_As_ScholarlyArticle_Citations()
    {
        var built = Site(Nejm).Build().ShouldSucceed();

        var news = ReviewCycleTests.JsonLdOf(built.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        var citations = news.GetProperty("citation").EnumerateArray().ToList();
        citations[0].GetProperty("@type").GetString().ShouldBe("CreativeWork");
        var nejm = citations[1];
        nejm.GetProperty("@type").GetString().ShouldBe("ScholarlyArticle");
        nejm.GetProperty("headline").GetString().ShouldBe("Blinatumomab added to chemotherapy in infant lymphoblastic leukemia");
        nejm.GetProperty("isPartOf").GetProperty("name").GetString().ShouldBe("N Engl J Med");
        nejm.GetProperty("datePublished").GetString().ShouldBe("2023");
        nejm.GetProperty("author").GetArrayLength().ShouldBe(3);
        nejm.GetProperty("identifier")[0].GetProperty("propertyID").GetString().ShouldBe("DOI");
        nejm.GetProperty("identifier")[1].GetProperty("value").GetString().ShouldBe("12345678");
        nejm.GetProperty("sameAs")[0].GetString().ShouldBe("https://pubmed.ncbi.nlm.nih.gov/12345678/");
    }

    [Fact]
    public void Should_Report_Each_Malformed_Field_At_Its_Position_With_A_Suggestion()
    {
        var built = Site("""
              - title: T
                doi: https://doi.org/10.1056/NEJMoa2214171
                pmid: PMID 37099340
                year: twenty
                authors: van der Sluis IM
              - title: "No link"
                journal: Lancet
            """).Build();

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/articles/a.md:8:10: error RN0527: 'https://doi.org/10.1056/NEJMoa2214171' is not a DOI: write it as 10.<registrant>/<suffix>, such as 10.1056/NEJMoa2214171; did you mean '10.1056/NEJMoa2214171'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:9:11: error RN0528: 'PMID 37099340' is not a PubMed identifier: it is digits only, such as 37099340; did you mean '37099340'?");
        built.Diagnostics.ShouldContain("input/articles/a.md:10:11: error RN0529: 'sources' year must be a year such as 2023, not \"twenty\"");
        built.Diagnostics.ShouldContain("input/articles/a.md:11:14: error RN0529: 'sources' authors must be a list of names as Vancouver writes them, such as [van der Sluis IM, de Lorenzo P, et al.]");
        built.Diagnostics.ShouldContain("input/articles/a.md:12:5: error RN0102: items of 'sources' need a 'title' and a 'url' (or a 'doi' or 'pmid')");
    }
}
