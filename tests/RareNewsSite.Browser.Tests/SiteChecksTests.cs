using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>The whole example site passes html-validate's recommended rules and has no broken internal links.</summary>
[Collection(BrowserSite.Name)]
public sealed class SiteChecksTests(SiteFixture site)
{
    [SiteCheckFact]
    public async Task Every_Page_Passes_Html_Validate()
    {
        NodeTools.IsAvailable.ShouldBeTrue(NodeTools.MissingMessage);

        var (exitCode, output) = await NodeTools.RunAsync("html-validate", "--config", ".htmlvalidate.json",
            Path.Combine(site.OutputFolder, "**", "*.html"));

        exitCode.ShouldBe(0, output);
    }

    [SiteCheckFact]
    public async Task No_Internal_Link_Or_Anchor_Is_Broken()
    {
        NodeTools.IsAvailable.ShouldBeTrue(NodeTools.MissingMessage);

        var (exitCode, output) = await NodeTools.RunAsync("linkinator", site.BaseUrl + "/", "--config", "linkinator.config.json", "--check-fragments");

        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("[404]");
    }
}
