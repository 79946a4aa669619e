using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Keyboard users reach the content first: the skip link is the first stop and moves focus to main.</summary>
[Collection(BrowserSite.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/articles/blinatumomab-infant-all/")]
    public async Task Should_Focus_Skip_Link_First_And_Move_Focus_To_Main(string path)
    {
        await using var session = await site.OpenAsync(path);
        var page = session.Page;

        // When
        await page.Keyboard.PressAsync("Tab");

        // Then
        (await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Skip to main content");
        (await page.Locator(".skip-link").IsVisibleAsync()).ShouldBeTrue();

        // When
        await page.Keyboard.PressAsync("Enter");

        // Then
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'main'");
        (await page.EvaluateAsync<string>("document.activeElement.tagName")).ShouldBe("MAIN");
    }
}
