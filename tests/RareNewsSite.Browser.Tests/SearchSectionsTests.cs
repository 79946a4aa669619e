using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Sections as results: the headings whose sections say the query's words, beneath the page's result, linking into it.</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchSectionsTests(SiteFixture site)
{
    private const string SeedArticle = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Show_The_Three_Sections_That_Say_Most_Of_The_Words_In_The_Articles_Order()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;

        // The seed article's sections: "How blinatumomab works" says both words, "What the study found" both (many
        // times), "What happens next" says babies twice, and "What is acute lymphoblastic leukemia?" blinatumomab once
        // (in the footnote at its end): the fourth has the fewest, so it is left out.
        await SearchAsync(page, "babies blinatumomab");

        var group = page.Locator("#search-list [role=group]").First;
        (await group.Locator(".search-hit").GetAttributeAsync("href")).ShouldStartWith(SeedArticle);
        (await SectionsAsync(group)).ShouldBe(
        [
            ("How blinatumomab works", "how-blinatumomab-works"),
            ("What the study found", "what-the-study-found"),
            ("What happens next", "what-happens-next"),
        ]);
        // The group is named by the page's title, and each section's excerpt has the words highlighted.
        var titleId = await group.GetAttributeAsync("aria-labelledby");
        (await page.Locator($"#{titleId}").InnerTextAsync()).ShouldBe("Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia");
        foreach (var excerpt in await group.Locator(".search-section .search-excerpt").AllAsync())
        {
            (await excerpt.Locator("mark").CountAsync()).ShouldBeGreaterThan(0);
        }
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Show_No_Sections_When_No_Section_Says_The_Words()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;

        // "Blincyto" is the brand name in the front matter only: the page matches, no section says it.
        await SearchAsync(page, "Blincyto");

        (await page.Locator("#search-list .search-hit").First.GetAttributeAsync("href")).ShouldStartWith(SeedArticle);
        (await page.Locator("#search-list .search-section").CountAsync()).ShouldBe(0);
        (await page.Locator("#search-list [role=group]").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Should_Open_A_Section_By_Keyboard_At_Its_Heading()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        await SearchAsync(page, "Princess Maxima");
        (await SectionsAsync(page.Locator("#search-list [role=group]").First)).ShouldBe([("What the study found", "what-the-study-found")]);

        // When: down to the page, down to its section, Enter
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#search-q")).ToHaveAttributeAsync("aria-activedescendant", "search-hit-0-1");
        await Assertions.Expect(page.Locator("#search-hit-0-1")).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        // Then: the article, at the heading
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedArticle + "?highlight=princess+maxima#what-the-study-found") + "$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#what-the-study-found")).ToBeInViewportAsync();
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync(query);
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({JsonSerializer.Serialize("“" + query + "”")})");
    }

    // Each section option's title and the heading id its link ends in.
    private static async Task<List<(string Title, string Id)>> SectionsAsync(ILocator group)
    {
        var sections = await group.Locator(".search-section").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.querySelector('.search-section-title').textContent, new URL(e.href).pathname + new URL(e.href).hash])");
        return [.. sections.Select(s => (s[0], s[1].StartsWith(SeedArticle + "#", StringComparison.Ordinal) ? s[1][(SeedArticle.Length + 1)..] : s[1]))];
    }
}
