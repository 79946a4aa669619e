using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Every page type passes axe-core's WCAG 2.2 AA rules, in light and dark, on desktop and phone.</summary>
[Collection(BrowserSite.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/page/2/")]
    [InlineData("/articles/blinatumomab-infant-all/")]
    [InlineData("/diseases/acute-lymphoblastic-leukemia/")]
    [InlineData("/authors/jessica-lynn/")]
    [InlineData("/tags/immunotherapy/")]
    [InlineData("/diseases/")]
    [InlineData("/tags/")]
    [InlineData("/about/")]
    [InlineData("/no-such-page/")]
    public async Task Should_Have_No_Axe_Violations(string path)
    {
        await using var session = await site.OpenAsync(path);

        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/articles/blinatumomab-infant-all/")]
    public async Task Should_Have_No_Axe_Violations_In_Dark_Mode(string path)
    {
        await using var session = await site.OpenAsync(path, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });

        // Make sure the dark palette is really in use, or this test would only repeat the light one.
        var background = await session.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        background.ShouldNotBe("rgb(255, 255, 255)");
        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Have_No_Axe_Violations_At_Phone_Width()
    {
        await using var session = await site.OpenAsync("/articles/blinatumomab-infant-all/", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });

        await session.Page.ShouldHaveNoAxeViolationsAsync();
        var overflow = await session.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse("the page scrolls sideways at 390px");
    }

    [BrowserFact]
    public async Task Should_Serve_The_Not_Found_Page_With_Status_404()
    {
        await using var session = await site.OpenAsync("/no-such-page/");

        session.Status.ShouldBe(404);
        (await session.Page.Locator("h1").InnerTextAsync()).ShouldBe("Page not found");
    }
}
