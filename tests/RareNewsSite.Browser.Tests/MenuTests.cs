using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// The header menu: the fixed entries, then the example site's pages that opt in with <c>menu: true</c>, in their
/// <c>menu_order</c> (issue #14); reachable by keyboard and marked as the current page.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class MenuTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Show_Pages_That_Opt_Into_The_Menu_After_The_Fixed_Entries()
    {
        await using var session = await site.OpenAsync("/contact/");
        var menu = session.Page.Locator("nav[aria-label='Main'] a");

        (await menu.AllInnerTextsAsync()).ShouldBe(["Home", "Diseases", "Topics", "Authors", "About", "Contact"]);
        (await session.Page.Locator("nav[aria-label='Main'] a[aria-current='page']").InnerTextAsync()).ShouldBe("Contact");
        (await session.Page.Locator("nav[aria-label='Main'] a", new() { HasText = "Medical disclaimer" }).CountAsync()).ShouldBe(0);
        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Reach_Every_Menu_Entry_By_Keyboard_At_Phone_Width()
    {
        await using var session = await site.OpenAsync("/contact/", new Microsoft.Playwright.BrowserNewContextOptions
        {
            ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = session.Page;

        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        }

        reached.ShouldContain("About");
        reached.ShouldContain("Contact");
        await page.ShouldHaveNoAxeViolationsAsync();
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse("the menu makes the page scroll sideways at 390px");
    }
}
