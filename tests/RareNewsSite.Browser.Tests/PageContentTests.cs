using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>The list pages show what they promise: pagination, article lists and disease facts.</summary>
[Collection(BrowserSite.Name)]
public sealed class PageContentTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Link_Home_Pages_With_Rel_Next_And_Prev()
    {
        await using var session = await site.OpenAsync("/page/2/");
        var page = session.Page;

        (await page.Locator("a[rel='prev']").GetAttributeAsync("href")).ShouldBe("/");
        (await page.Locator("a[rel='next']").GetAttributeAsync("href")).ShouldBe("/page/3/");
        (await page.Locator(".card").CountAsync()).ShouldBe(5);
    }

    [BrowserFact]
    public async Task Should_Show_Disease_Facts_Symptoms_And_Articles()
    {
        await using var session = await site.OpenAsync("/diseases/acute-lymphoblastic-leukemia/");
        var page = session.Page;

        var facts = await page.Locator(".facts").InnerTextAsync();
        facts.ShouldContain("Acute lymphocytic leukemia");
        facts.ShouldContain("ORPHA:513");
        facts.ShouldContain("C91.0");
        (await page.Locator(".symptoms li").CountAsync()).ShouldBeGreaterThanOrEqualTo(10);
        (await page.Locator(".card a[href='/articles/blinatumomab-infant-all/']").CountAsync()).ShouldBe(1);
    }

    [BrowserTheory]
    [InlineData("/authors/jessica-lynn/")]
    [InlineData("/tags/immunotherapy/")]
    public async Task Should_List_The_Articles(string path)
    {
        await using var session = await site.OpenAsync(path);

        (await session.Page.Locator(".card a[href='/articles/blinatumomab-infant-all/']").CountAsync()).ShouldBe(1);
    }
}
