using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, corrections: the notice, the section, the site's log, dateModified, feeds and JSON-LD.</summary>
public sealed class CorrectionTests
{
    private static TestSite Site(string corrections) => TestSite.FromText($$"""
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-10-14
        author: ann
        summary: S
        corrections:
        {{corrections}}
        ---
        Body text.
        -- input/articles/b.md --
        ---
        title: Another <story>
        date: 2026-10-01
        author: ann
        summary: S
        corrections: [{date: 2026-10-02, text: "We misspelt <the> drug's name."}]
        ---
        Body.
        """).WithRepoTheme();

    private static readonly string[] NewestFirst = ["2026-10-20", "2026-10-15", "2026-10-02"];

    private const string Two = """
          - date: 2026-10-20
            text: "We said 40 babies; the study had 30."
          - date: 2026-10-15
            text: "The survival figure is 93%, not 39%."
        """;

    [Fact]
    public void Should_Show_The_Latest_Correction_At_The_Top_And_Every_One_At_The_End()
    {
        var page = Site(Two).Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("""<div class="correction-notice" role="note" aria-label="Correction">""");
        page.ShouldContain("""<strong>Correction, <time datetime="2026-10-20">20 October 2026</time>:</strong> We said 40 babies; the study had 30. <a href="#corrections-heading">All 2 corrections</a>""");
        page.ShouldContain("""<h2 id="corrections-heading">Corrections</h2>""");
        page.IndexOf("15 October 2026", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("<li><time datetime=\"2026-10-20\"", StringComparison.Ordinal), "oldest first in the section");
        page.ShouldContain(", updated <time datetime=\"2026-10-20\">20 October 2026</time>");
    }

    [Fact]
    public void Should_List_Every_Correction_Newest_First_On_The_Corrections_Page_Linked_From_The_Footer()
    {
        var built = Site(Two).Build().ShouldSucceed();

        var log = built.File("corrections/index.html");
        var order = NewestFirst.Select(d => log.IndexOf($"datetime=\"{d}\"", StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(i => i > 0);
        order.ShouldBeInOrder();
        log.ShouldContain("""<a href="/articles/b/">Another &lt;story&gt;</a>""");
        log.ShouldContain("We misspelt &lt;the&gt; drug&#39;s name.");
        built.File("index.html").ShouldContain("""<li><a href="/corrections/">Corrections</a></li>""");
        built.File("sitemap.xml").ShouldContain("https://example.org/corrections/");
    }

    [Fact]
    public void Should_Update_Date_Modified_Feeds_And_Json_Ld()
    {
        var built = Site(Two).Build().ShouldSucceed();

        var news = ReviewCycleTests.JsonLdOf(built.File("articles/a/index.html")).Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        news.GetProperty("dateModified").GetString().ShouldBe("2026-10-20T00:00:00+00:00");
        var corrections = news.GetProperty("correction").EnumerateArray().ToList();
        corrections.Select(c => c.GetProperty("@type").GetString()).ShouldBe(["CorrectionComment", "CorrectionComment"]);
        corrections[1].GetProperty("text").GetString().ShouldBe("We said 40 babies; the study had 30.");
        corrections[1].GetProperty("datePublished").GetString().ShouldBe("2026-10-20T00:00:00+00:00");
        built.File("atom.xml").ShouldContain("<updated>2026-10-20T00:00:00+00:00</updated>");
        built.File("feed.json").ShouldContain("\"date_modified\":\"2026-10-20T00:00:00\\u002B00:00\"");
    }

    [Fact]
    public void Should_Report_A_Correction_Without_A_Date_Or_Text_At_The_Entry()
    {
        var built = Site("""
              - text: "No date here."
              - date: 2026-10-20
              - date: yesterday
                text: "Bad date."
              - "just text"
            """).Build();

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/articles/a.md:7:5: error RN0524: a correction needs a 'date' (YYYY-MM-DD): readers must see when the article changed");
        built.Diagnostics.ShouldContain("input/articles/a.md:8:5: error RN0524: a correction needs a 'text' saying what was wrong and what is right now");
        built.Diagnostics.ShouldContain("input/articles/a.md:9:11: error RN0102: 'corrections.date' is not a valid date (\"yesterday\"); use YYYY-MM-DD");
        built.Diagnostics.ShouldContain("input/articles/a.md:11:5: error RN0524: a correction is a 'date' and a 'text', such as {date: 2026-11-03, text: \"We said 40 babies; the study had 30.\"}");
    }

    [Fact]
    public async Task Should_Write_An_Empty_Log_When_Nothing_Was_Corrected()
    {
        using var site = new TempSite("basic");
        var run = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(site.PathOf("output/corrections/index.html")).ShouldContain("<h1>Corrections</h1>");
    }
}
