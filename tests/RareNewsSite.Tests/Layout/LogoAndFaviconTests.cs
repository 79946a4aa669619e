using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Layout;

/// <summary>The <c>Logo</c> and <c>Favicon</c> settings in pages of the real theme (issue #14: a site owner's guide).</summary>
public sealed class LogoAndFaviconTests
{
    private const string Site = """
        -- input/authors/ann.md --
        ---
        name: Ann
        ---
        Bio.
        -- input/assets/brand/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
        -- input/assets/favicon.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
        """;

    [Fact]
    public void Should_Show_The_Logo_In_The_Header_And_Link_The_Favicon_Under_The_Link_Root()
    {
        var settings = new Dictionary<string, string> { ["Logo"] = "/assets/brand/logo.svg", ["Favicon"] = "/assets/favicon.svg", ["LinkRoot"] = "/news/" };

        var built = TestSite.FromText(Site).WithRepoTheme().Build(settings: settings).ShouldSucceed();

        foreach (var page in new[] { "index.html", "404.html", "authors/ann/index.html" })
        {
            built.File(page).ShouldContain("<a class=\"site-title\" href=\"/news/\"><img class=\"site-logo\" src=\"/news/assets/brand/logo.svg\" alt=\"\">RareNewsSite</a>", customMessage: page);
            built.File(page).ShouldContain("<link rel=\"icon\" href=\"/news/assets/favicon.svg\">", customMessage: page);
        }
        built.Output.Contains("assets/brand/logo.svg").ShouldBeTrue();
    }

    [Fact]
    public void Should_Leave_Both_Out_When_Not_Set()
    {
        var page = TestSite.FromText(Site).WithRepoTheme().Build().ShouldSucceed().File("index.html");

        page.ShouldNotContain("site-logo");
        page.ShouldNotContain("rel=\"icon\"");
    }

    [Fact]
    public void Should_Report_A_Logo_That_Does_Not_Exist()
    {
        var settings = new Dictionary<string, string> { ["Logo"] = "/assets/brand/logo.svgg" };

        TestSite.FromText(Site).Build(settings: settings).Diagnostics.ShouldBe([
            "statiq.json:1:1: error RN0402: 'Logo' names '/assets/brand/logo.svgg', which does not exist; did you mean '/assets/brand/logo.svg'?",
        ]);
    }

    [Fact]
    public void Should_Report_A_Favicon_Outside_The_Assets() =>
        TestSite.FromText(Site).Build(settings: new Dictionary<string, string> { ["Favicon"] = "favicon.ico" }).Diagnostics.ShouldBe([
            "statiq.json:1:1: error RN0402: 'Favicon' is the path of a file in input/assets/, such as \"/assets/favicon.svg\", not \"favicon.ico\"",
        ]);
}
