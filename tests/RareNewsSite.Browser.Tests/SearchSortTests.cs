using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>The "Newest first" order on the search page: a labelled control, by keyboard, kept in the URL, axe clean.</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchSortTests(SiteFixture site)
{
    private const string Query = "gene therapy";

    [BrowserFact]
    public async Task Should_Sort_The_Same_Results_Newest_First_When_Chosen_By_Keyboard_And_Keep_It_In_The_Url()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync(Query);
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes('“{Query}”')");
        var best = await HitsAsync(page);
        best.Count.ShouldBeGreaterThan(2);
        best.ShouldNotBe(best.OrderByDescending(h => h.Date).ToList(), "the best match order is not already the date order, so the test can see a change");

        // When: Tab from the box past the Search button to the labelled control, and one arrow down
        (await page.GetByLabel("Sort results").InputValueAsync()).ShouldBe("");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("search-sort");
        await page.Keyboard.PressAsync("ArrowDown");

        // Then
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=gene\+therapy&sort=date$"));
        await page.WaitForFunctionAsync($"new URL(document.querySelector('#search-list .search-hit').href).pathname !== {System.Text.Json.JsonSerializer.Serialize(best[0].Url)}");
        var newest = await HitsAsync(page);
        newest.ShouldBe(best.OrderByDescending(h => h.Date).ToList());

        // And the order comes back from the URL
        await page.ReloadAsync();
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes('“{Query}”')");
        (await page.Locator("#search-sort").InputValueAsync()).ShouldBe("date");
        (await HitsAsync(page)).ShouldBe(newest);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    private static async Task<List<(string Url, DateTime Date)>> HitsAsync(IPage page)
    {
        var hits = await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [new URL(e.href).pathname, e.querySelector('.meta').textContent])");
        return [.. hits.Select(h => (h[0], DateTime.ParseExact(h[1], "d MMMM yyyy", CultureInfo.InvariantCulture)))];
    }
}
