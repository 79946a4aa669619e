using System.Text.RegularExpressions;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Layout;

/// <summary>
/// Pages that opt into the header menu from their front matter, and the drugs an article lists, in built pages
/// of the real theme (issue #14).
/// </summary>
public sealed class MenuAndDrugsTests
{
    private const string Site = """
        -- input/authors/ann.md --
        ---
        name: Ann
        ---
        Bio.
        -- input/articles/a.md --
        ---
        title: Fabry treatment news
        date: 2026-01-01
        author: ann
        summary: S
        drugs: [agalsidase-beta, migalastat, "<b>x</b>"]
        ---
        Body.
        -- input/pages/about.md --
        ---
        title: About us
        menu: true
        menu_order: 2
        ---
        About.
        -- input/pages/donate.md --
        ---
        title: Donate
        menu: true
        menu_order: 1
        ---
        Give.
        -- input/pages/contact.md --
        ---
        title: Contact
        menu: true
        ---
        Write to us.
        -- input/pages/disclaimer.md --
        ---
        title: Disclaimer
        ---
        Not advice.
        """;

    // Regression: issue #14 (only a page named "about" reached the header).
    [Fact]
    public void Should_Put_Pages_With_Menu_True_In_The_Header_After_The_Fixed_Entries_By_Menu_Order()
    {
        var built = TestSite.FromText(Site).WithRepoTheme().Build().ShouldSucceed();

        foreach (var page in new[] { "index.html", "articles/a/index.html", "donate/index.html", "disclaimer/index.html" })
        {
            HeaderMenu(built.File(page)).ShouldBe(["Home", "Diseases", "Topics", "Authors", "Donate", "About us", "Contact"], page);
        }
        var footer = built.File("index.html")[built.File("index.html").IndexOf("<footer", StringComparison.Ordinal)..];
        footer.ShouldContain(">Disclaimer</a>");
        built.File("donate/index.html").ShouldContain("<a href=\"/donate/\" aria-current=\"page\">Donate</a>");
    }

    [Fact]
    public void Should_Report_A_Menu_Order_That_Is_Not_A_Number()
    {
        var site = TestSite.FromText(Site);
        site.Files.Add("input/pages/donate.md", "---\ntitle: Donate\nmenu: yes please\nmenu_order: first\n---\nGive.\n");

        site.Build().Diagnostics.ShouldBe([
            "input/pages/donate.md:3:7: error RN0102: 'menu' must be true or false",
            "input/pages/donate.md:4:13: error RN0102: 'menu_order' must be a whole number, such as 2",
        ]);
    }

    [Fact]
    public void Should_Show_The_Articles_Drugs_Escaped()
    {
        var page = TestSite.FromText(Site).WithRepoTheme().Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("<h2 id=\"drugs-heading\">Medicines in this article</h2>");
        page.ShouldContain("<li>agalsidase beta</li>");
        page.ShouldContain("<li>migalastat</li>");
        page.ShouldContain("<li>&lt;b&gt;x&lt;/b&gt;</li>");
    }

    [Fact]
    public async Task Should_Put_The_Example_Sites_About_Page_In_The_Menu_Through_The_Cli()
    {
        using var site = new ExampleSiteCopy();
        File.WriteAllText(site.PathOf("input/pages/donate.md"), "---\ntitle: Donate\nmenu: true\nmenu_order: 1\n---\nHelp us keep the news free.\n");

        var run = await CliRun.RunAsync("build", "-r", site.Root);

        run.ExitCode.ShouldBe(0, run.Error);
        // About is menu_order 1 and Contact 2 in the example site: Donate (1) sorts by title after About.
        HeaderMenu(File.ReadAllText(site.PathOf("output/index.html"))).ShouldBe(["Home", "Diseases", "Topics", "Authors", "About", "Donate", "Contact"]);
    }

    private static string[] HeaderMenu(string html)
    {
        var nav = Regex.Match(html, "<nav class=\"site-nav\" aria-label=\"Main\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(nav, "<a [^>]*>([^<]*)</a>").Select(m => m.Groups[1].Value)];
    }
}
