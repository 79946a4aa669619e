using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>The seed article shows everything a reader needs, with and without JavaScript.</summary>
[Collection(BrowserSite.Name)]
public sealed class ArticlePageTests(SiteFixture site)
{
    private const string Path = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Show_Title_Date_And_Author()
    {
        await using var session = await site.OpenAsync(Path);
        var page = session.Page;

        (await page.Locator("h1").AllInnerTextsAsync()).ShouldBe(["Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia"]);
        (await page.Locator("time[datetime='2026-10-14']").First.InnerTextAsync()).ShouldBe("14 October 2026");
        (await page.Locator(".article-header a[rel='author']").InnerTextAsync()).ShouldBe("Jessica Lynn");
        (await page.Locator(".article-header a[rel='author']").GetAttributeAsync("href")).ShouldBe("/authors/jessica-lynn/");
    }

    // Regression: issue #14 (the article page never showed the drugs it lists).
    [BrowserFact]
    public async Task Should_Show_The_Drugs_The_Article_Lists()
    {
        await using var session = await site.OpenAsync(Path);
        var section = session.Page.Locator("section[aria-labelledby='drugs-heading']");

        (await section.Locator("h2").InnerTextAsync()).ShouldBe("Medicines in this article");
        (await section.Locator("li").AllInnerTextsAsync()).ShouldBe(["blinatumomab (Blincyto)"]);
    }

    [BrowserFact]
    public async Task Should_Show_Symptoms_Results_And_Disease_Box()
    {
        await using var session = await site.OpenAsync(Path);
        var page = session.Page;

        (await page.Locator(".symptoms li").CountAsync()).ShouldBe(10);
        (await page.Locator("figure.results caption").InnerTextAsync()).ShouldBe("Outcomes two years after diagnosis");
        (await page.Locator("figure.results svg.results-chart").CountAsync()).ShouldBe(1);
        (await page.Locator("figure.results svg.results-chart").IsVisibleAsync()).ShouldBeTrue();
        var about = page.GetByRole(AriaRole.Heading, new() { Name = "About Acute lymphoblastic leukemia", Exact = true });
        (await about.IsVisibleAsync()).ShouldBeTrue();
    }

    [BrowserFact]
    public async Task Should_End_With_Share_Links_Bio_And_Related_Articles()
    {
        await using var session = await site.OpenAsync(Path);
        var page = session.Page;

        var email = await page.Locator(".share a[href^='mailto:']").GetAttributeAsync("href");
        email.ShouldNotBeNull().ShouldContain("subject=Immunotherapy%20drug%20blinatumomab");
        (await page.Locator("#share-url").InputValueAsync()).ShouldEndWith(Path);
        (await page.Locator(".author-bio").InnerTextAsync()).ShouldContain("Jessica Lynn studied writing and marketing.");
        (await page.Locator(".related .card").CountAsync()).ShouldBeInRange(1, 3);
        // Besides the JSON-LD data block, the one script is the theme's own highlight on arrival: deferred, from the
        // site's assets, and idle without ?highlight= (SearchHighlightTests); no third-party script.
        var scripts = await page.Locator("script:not([type='application/ld+json'])").EvaluateAllAsync<string[]>(
            "els => els.map(e => (e.defer ? 'defer ' : '') + new URL(e.src).origin + new URL(e.src).pathname)");
        scripts.ShouldHaveSingleItem().ShouldMatch(@"^defer " + System.Text.RegularExpressions.Regex.Escape(new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority)) + @"/assets/highlight\.[0-9a-f]{8}\.js$");
        (await page.Locator("script[type='application/ld+json']").CountAsync()).ShouldBe(1);
    }

    [BrowserFact]
    public async Task Should_Read_With_JavaScript_Disabled()
    {
        await using var session = await site.OpenAsync(Path, new BrowserNewContextOptions { JavaScriptEnabled = false });

        var text = await session.Page.Locator("main").InnerTextAsync();
        text.ShouldContain("Blinatumomab is a type of immunotherapy.");
        text.ShouldContain("Outcomes two years after diagnosis");
    }
}
