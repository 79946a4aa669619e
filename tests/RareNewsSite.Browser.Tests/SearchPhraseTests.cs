using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Phrases in quotes: the words next to each other and in order, the query kept in the URL.</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchPhraseTests(SiteFixture site)
{
    // The two example articles that say "bone marrow"; no article says "marrow bone".
    private static readonly string[] BoneMarrow = ["/articles/blinatumomab-infant-all/", "/articles/sickle-cell-gene-therapy-questions/"];

    [BrowserFact]
    public async Task Should_Match_A_Quoted_Phrase_Only_With_Its_Words_Adjacent_And_In_Order()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;

        // Without quotes, both words anywhere will do.
        (await SearchAsync(page, "marrow bone")).Order().ShouldBe(BoneMarrow);
        (await SearchAsync(page, "\"bone marrow\"")).Order().ShouldBe(BoneMarrow);
        (await SearchAsync(page, "\"marrow bone\"")).ShouldBeEmpty("the words are in the wrong order");
        (await page.Locator("#search-status").InnerTextAsync()).ShouldBe("No results for “\"marrow bone\"”.");
    }

    [BrowserFact]
    public async Task Should_Run_A_Phrase_From_The_Url_And_Keep_It_There()
    {
        await using var session = await site.OpenAsync("/search/?q=%22bone+marrow%22");
        var page = session.Page;

        await page.WaitForFunctionAsync("document.getElementById('search-status').textContent.includes('“\"bone marrow\"”')");

        (await HitsAsync(page)).Order().ShouldBe(BoneMarrow);
        (await page.Locator("#search-q").InputValueAsync()).ShouldBe("\"bone marrow\"");
        await page.Locator("#search-q").FillAsync("\"marrow bone\"");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=%22marrow\+bone%22$"));
    }

    private static async Task<List<string>> SearchAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync(query);
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({System.Text.Json.JsonSerializer.Serialize("“" + query + "”")})");
        return await HitsAsync(page);
    }

    private static async Task<List<string>> HitsAsync(IPage page) =>
        [.. await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)")];
}
