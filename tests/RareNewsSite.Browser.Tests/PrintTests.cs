using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>On paper, navigation and sharing are useless and link targets must be readable.</summary>
[Collection(BrowserSite.Name)]
public sealed class PrintTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Drop_Navigation_And_Print_Link_Targets()
    {
        await using var session = await site.OpenAsync("/articles/blinatumomab-infant-all/");
        var page = session.Page;

        // When
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Then
        (await page.Locator(".site-nav").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".site-footer").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".share").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("main h1").IsVisibleAsync()).ShouldBeTrue();
        var after = await page.Locator(".sources a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        after.ShouldContain("https://medicalxpress.com/");
    }
}
