using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Every page of the example site names its icon, so no browser asks for a /favicon.ico that is not there (issue 16).</summary>
[Collection(BrowserSite.Name)]
public sealed class FaviconTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/search/?q=leukemia")]
    [InlineData("/articles/blinatumomab-infant-all/")]
    [InlineData("/diseases/")]
    public async Task Should_Name_An_Icon_That_Loads_And_Fetch_Nothing_Missing(string path)
    {
        await using var session = await site.OpenAsync("/");
        var page = session.Page;
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(site.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        icon.ShouldBe("/assets/favicon.svg");
        var response = await page.APIRequest.GetAsync(site.BaseUrl + icon);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("image/svg+xml");
        failed.ShouldBeEmpty();
    }
}
