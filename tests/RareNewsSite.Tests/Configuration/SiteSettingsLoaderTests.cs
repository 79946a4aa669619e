using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Configuration;

public sealed class SiteSettingsLoaderTests
{
    private static (SiteSettings Settings, IReadOnlyList<string> Diagnostics) Load(string json, Dictionary<string, string>? overrides = null)
    {
        var files = new InMemoryFileSystem().Add("statiq.json", json);
        var bag = new DiagnosticBag();
        var settings = SiteSettingsLoader.Load(files, overrides ?? [], bag);
        return (settings, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Should_Keep_Defaults_For_Keys_Not_In_The_File()
    {
        var (settings, diagnostics) = Load("""{ "SiteTitle": "T" }""");
        diagnostics.ShouldBeEmpty();
        settings.SiteTitle.ShouldBe("T");
        settings.Language.ShouldBe("en");
        settings.PageSize.ShouldBe(10);
        settings.GenerateSitemap.ShouldBeTrue();
        settings.LinksUseHttps.ShouldBeTrue();
    }

    [Fact]
    public void Should_Allow_Comments_And_Trailing_Commas()
    {
        var (settings, diagnostics) = Load("{\n  // a comment\n  \"PageSize\": 3,\n}");
        diagnostics.ShouldBeEmpty();
        settings.PageSize.ShouldBe(3);
    }

    [Fact]
    public void Should_Report_A_Misspelt_Key_With_Its_Line_And_A_Hint()
    {
        var (_, diagnostics) = Load("{\n  \"SiteTitle\": \"T\",\n  \"SiteTitel\": \"x\"\n}");
        diagnostics.ShouldBe(["statiq.json:3:3: error RN0401: unknown setting 'SiteTitel'; did you mean 'SiteTitle'?"]);
    }

    [Fact]
    public void Should_Report_Malformed_Json_With_Its_Position()
    {
        var (_, diagnostics) = Load("{\n  \"SiteTitle\": \"T\"\n  \"Host\": \"x\"\n}");
        diagnostics.Count.ShouldBe(1);
        diagnostics[0].ShouldStartWith("statiq.json:3:");
        diagnostics[0].ShouldContain("error RN0401: invalid JSON");
    }

    [Fact]
    public void Should_Report_Out_Of_Range_Values()
    {
        var (_, diagnostics) = Load("""{ "PageSize": 0, "LinkRoot": "news" }""");
        diagnostics.ShouldBe([
            "statiq.json:1:1: error RN0402: 'LinkRoot' must start with '/' (\"news\")",
            "statiq.json:1:1: error RN0402: 'PageSize' must be between 1 and 1000, not 0",
        ]);
    }

    [Fact]
    public void Should_Apply_Overrides_Over_The_File()
    {
        var (settings, diagnostics) = Load("""{ "PageSize": 3 }""", new() { ["PageSize"] = "7", ["host"] = "example.org" });
        diagnostics.ShouldBeEmpty();
        settings.PageSize.ShouldBe(7);
        settings.Host.ShouldBe("example.org");
    }

    [Fact]
    public void Should_Report_Unknown_And_Mistyped_Overrides()
    {
        var (_, diagnostics) = Load("{}", new() { ["PageSise"] = "7", ["PageSize"] = "many" });
        diagnostics.ShouldBe([
            "--setting:1:1: error RN0401: unknown setting 'PageSise'; did you mean 'PageSize'?",
            "--setting:1:1: error RN0402: setting 'PageSize' expects a int32, not \"many\"",
        ]);
    }
}
