using RareNewsSite.Engine;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, disclosures: funding, conflicts, the Sponsored label on page, card and feeds, and the editorial policy link.</summary>
public sealed class DisclosureTests
{
    private const string Policy = """
        -- input/pages/editorial-policy.md --
        ---
        title: Editorial policy
        ---
        How we work.
        """;

    private static readonly BuildOptions Checking = new() { Clock = TestClock.Default, EditorialChecks = true };

    private static TestSite Site(string frontMatter, string settings = "", string pages = Policy) => TestSite.FromText($$"""
        -- statiq.json --
        { "Host": "example.org"{{settings}} }
        {{TrustSites.Records}}
        {{pages}}
        -- input/articles/a.md --
        ---
        title: "Living with <ALL>"
        date: 2026-10-14
        author: ann
        summary: S
        diseases: [all]
        {{frontMatter}}
        ---
        Body.
        """).WithRepoTheme();

    private const string Sponsored = """
        sponsored: true
        funding: "Paid for by the <Example> Trust & Co."
        conflicts: "The reviewer advises the \"Trust\"."
        """;

    [Fact]
    public void Should_Label_A_Sponsored_Article_On_Its_Page_And_List_Its_Disclosures_Escaped()
    {
        var page = Site(Sponsored).Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("""<p class="sponsored-label"><strong>Sponsored</strong>: a sponsor paid for this article. <a href="#disclosures-heading">Who paid, and our rules for sponsors</a></p>""");
        page.IndexOf("sponsored-label", StringComparison.Ordinal).ShouldBeGreaterThan(page.IndexOf("<h1>", StringComparison.Ordinal), "right under the headline");
        page.ShouldContain("""<h2 id="disclosures-heading">Disclosures</h2>""");
        page.ShouldContain("<dt>Funding</dt>\n<dd>Paid for by the &lt;Example&gt; Trust &amp; Co.</dd>");
        page.ShouldContain("<dt>Conflicts of interest</dt>\n<dd>The reviewer advises the &quot;Trust&quot;.</dd>");
    }

    [Fact]
    public void Should_Label_The_Card_On_Every_List_And_The_Title_In_Every_Feed()
    {
        var built = Site(Sponsored).Build().ShouldSucceed();

        foreach (var list in new[] { "index.html", "diseases/all/index.html", "authors/ann/index.html" })
        {
            built.File(list).ShouldContain("""<p class="sponsored-label"><strong>Sponsored</strong></p>""", customMessage: list);
        }
        built.File("feed.xml").ShouldContain("<title>Sponsored: Living with &lt;ALL&gt;</title>");
        built.File("feed.xml").ShouldContain("<category>Sponsored</category>");
        built.File("atom.xml").ShouldContain("<title>Sponsored: Living with &lt;ALL&gt;</title>");
        built.File("atom.xml").ShouldContain("""<category term="Sponsored" />""");
        built.File("feed.json").ShouldContain("\"title\":\"Sponsored: Living with \\u003CALL\\u003E\"");
        built.File("diseases/all/feed.xml").ShouldContain("<title>Sponsored: Living with &lt;ALL&gt;</title>");
        var result = built.Output.Paths.Where(p => p.Contains("/p/", StringComparison.Ordinal)).Select(built.Output.ReadText)
            .ShouldHaveSingleItem("one article, one search result file");
        result.ShouldContain("\"sp\":true", customMessage: "the search page labels the result from this");
    }

    [Fact]
    public void Should_Show_No_Label_Or_Disclosures_When_Nothing_Is_Declared()
    {
        var built = Site("").Build().ShouldSucceed();

        built.File("articles/a/index.html").ShouldNotContain("sponsored-label");
        built.File("articles/a/index.html").ShouldNotContain("disclosures-heading");
        built.File("index.html").ShouldNotContain("sponsored-label");
        built.File("feed.xml").ShouldContain("<title>Living with &lt;ALL&gt;</title>");
        built.Output.Paths.Where(p => p.Contains("/p/", StringComparison.Ordinal)).Select(built.Output.ReadText).ShouldHaveSingleItem().ShouldNotContain("\"sp\"");
    }

    [Fact]
    public void Should_Show_Funding_Alone_Without_The_Sponsored_Label()
    {
        var page = Site("funding: \"Written by our newsroom.\"").Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("<dt>Funding</dt>\n<dd>Written by our newsroom.</dd>");
        page.ShouldNotContain("<dt>Sponsored</dt>");
        page.ShouldNotContain("sponsored-label");
    }

    [Fact]
    public void Should_Link_Every_Article_To_The_Editorial_Policy_Page()
    {
        var built = Site("").Build(Checking).ShouldSucceed();

        built.File("articles/a/index.html").ShouldContain("""<p class="editorial-policy"><a href="/editorial-policy/">Our editorial policy</a>: how we choose, write, check and correct articles""");
        built.File("index.html").ShouldContain("""<li><a href="/editorial-policy/">Editorial policy</a></li>""");
        built.Diagnostics.ShouldNotContain(d => d.Contains("RN0531"));
    }

    [Fact]
    public void Should_Link_An_Editorial_Policy_Elsewhere_Or_None()
    {
        Site("", """, "EditorialPolicy": "https://trust.example.org/policy" """, pages: "").Build().ShouldSucceed().File("articles/a/index.html")
            .ShouldContain("""<a href="https://trust.example.org/policy">Our editorial policy</a>""");
        var none = Site("", """, "EditorialPolicy": "" """, pages: "").Build().ShouldSucceed();
        none.File("articles/a/index.html").ShouldNotContain("editorial-policy");
        none.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Warn_When_The_Editorial_Policy_Page_Is_Missing_And_Show_No_Broken_Link()
    {
        var built = Site("", pages: "").Build(Checking).ShouldSucceed();

        built.Diagnostics.ShouldContain("statiq.json:1:1: warning RN0531: 'EditorialPolicy' names '/editorial-policy/', but the site has no such page, so articles show no link to an editorial policy; write input/pages/editorial-policy.md (how you choose, write, check, correct and fund articles)");
        built.File("articles/a/index.html").ShouldNotContain("editorial-policy");
    }

    [Fact]
    public void Should_Suggest_The_Page_Meant_By_A_Misspelt_Editorial_Policy()
    {
        var built = Site("", """, "EditorialPolicy": "/editorial-polcy" """).Build(Checking).ShouldSucceed();

        built.Diagnostics.ShouldContain("statiq.json:1:1: warning RN0531: 'EditorialPolicy' names '/editorial-polcy/', but the site has no such page, so articles show no link to an editorial policy; did you mean '/editorial-policy/'?");
    }

    [Fact]
    public void Should_Refuse_An_Editorial_Policy_That_Is_Not_An_Address() =>
        Site("", """, "EditorialPolicy": "editorial-policy" """).Build().Diagnostics
            .ShouldContain("statiq.json:1:1: error RN0402: 'EditorialPolicy' must be the address of one of the site's pages, such as \"/editorial-policy/\", or an https:// address, not \"editorial-policy\"");

    [Fact]
    public void Should_Warn_When_A_Sponsored_Article_Does_Not_Say_Who_Paid()
    {
        var built = Site("sponsored: true").Build().ShouldSucceed();

        built.Diagnostics.ShouldContain("input/articles/a.md:7:1: warning RN0530: a sponsored article should say who paid for it: add funding: \"Paid for by <sponsor>, who did not see the article before publication\"");
        built.File("articles/a/index.html").ShouldContain("<dt>Sponsored</dt>");
    }

    [Fact]
    public void Should_Report_A_Sponsored_Value_That_Is_Not_True_Or_False() =>
        Site("sponsored: yes please").Build().Diagnostics.ShouldContain("input/articles/a.md:7:12: error RN0102: 'sponsored' must be true or false");
}
