using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>Issue #15: <c>build --base-url</c> builds for another address, over statiq.json and --setting.</summary>
public sealed class BaseUrlTests
{
    [Fact]
    public async Task Should_Build_Every_Absolute_And_Site_Link_For_The_Given_Address()
    {
        // Given: the example site, whose statiq.json says news.example.org at /
        using var site = new ExampleSiteCopy();

        // When
        var run = await CliRun.RunAsync("build", "-r", site.Root, "--setting", "Host=other.example.org", "--base-url", "https://preview-42.example.pages.dev/news");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        var home = File.ReadAllText(site.PathOf("output/index.html"));
        home.ShouldContain("""<link rel="canonical" href="https://preview-42.example.pages.dev/news/">""");
        home.ShouldContain("""href="/news/articles/""");
        home.ShouldNotContain("news.example.org/");
        home.ShouldNotContain("other.example.org");
        File.ReadAllText(site.PathOf("output/feed.xml")).ShouldContain("<link>https://preview-42.example.pages.dev/news/</link>");
        File.ReadAllText(site.PathOf("output/sitemap.xml")).ShouldContain("<loc>https://preview-42.example.pages.dev/news/articles/");
        File.ReadAllText(site.PathOf("output/_headers")).ShouldContain("\n/news/articles/*\n  Cache-Control: no-cache\n");
    }

    [Fact]
    public async Task Should_Take_The_Scheme_And_Port_From_The_Address()
    {
        using var site = new ExampleSiteCopy();

        var run = await CliRun.RunAsync("build", "-r", site.Root, "--base-url", "http://127.0.0.1:8080/");

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(site.PathOf("output/index.html")).ShouldContain("""<link rel="canonical" href="http://127.0.0.1:8080/">""");
    }

    [Theory]
    [InlineData("news.example.org")]
    [InlineData("ftp://news.example.org/")]
    [InlineData("https://news.example.org/?draft=1")]
    [InlineData("https://news.example.org/#top")]
    public async Task Should_Refuse_An_Address_It_Cannot_Build_For_And_Keep_The_Output(string address)
    {
        using var site = new ExampleSiteCopy();
        site.Write("output/index.html", "the last good build");

        var run = await CliRun.RunAsync("build", "-r", site.Root, "--base-url", address);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--base-url expects an absolute http:// or https:// address without query or fragment, such as https://preview.example.org/news/, not \"{address}\"");
        File.ReadAllText(site.PathOf("output/index.html")).ShouldBe("the last good build");
    }
}
