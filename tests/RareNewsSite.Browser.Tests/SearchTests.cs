using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Search typed as a reader would: ranking, aliases, typos, facets, keyboard, history, no results, no JavaScript.</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private const string SeedArticle = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Rank_The_Seed_Article_First_For_Blinatumomab()
    {
        await using var session = await site.OpenAsync("/search/");

        var hits = await TypeAsync(session.Page, "blinatumomab");

        hits.ShouldNotBeEmpty();
        hits[0].ShouldBe(SeedArticle);
    }

    [BrowserTheory]
    [InlineData("acute lymphocytic leukemia", true)]
    [InlineData("ALL", true)]
    [InlineData("leukemai", true)]
    [InlineData("Blincyto", false)] // the brand name is only in front matter, so there is no word to highlight
    public async Task Should_Find_The_Seed_Article_Through_Aliases_And_Typos(string query, bool highlighted)
    {
        await using var session = await site.OpenAsync("/search/");

        var hits = await TypeAsync(session.Page, query);

        hits.Take(3).ShouldContain(SeedArticle);
        if (highlighted)
        {
            (await session.Page.Locator("#search-list mark").CountAsync()).ShouldBeGreaterThan(0, "matched words are highlighted");
        }
    }

    [BrowserFact]
    public async Task Should_Narrow_Results_And_Update_Counts_When_A_Disease_Is_Chosen()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        var before = await TypeAsync(page, "children");
        var statusBefore = await page.Locator("#search-status").InnerTextAsync();
        var topicsBefore = await page.Locator(".search-facet").Nth(1).InnerTextAsync();

        // When
        await page.GetByLabel("Acute lymphoblastic leukemia").CheckAsync();
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent !== {Js(statusBefore)}");

        // Then
        var after = await HitsAsync(page);
        after.Count.ShouldBeLessThan(before.Count);
        after.ShouldContain("/articles/all-survivorship-care/");
        (await page.Locator("#search-status").InnerTextAsync()).ShouldContain("with the filters you chose");
        (await page.Locator(".search-facet").Nth(1).InnerTextAsync()).ShouldNotBe(topicsBefore, "topic counts follow the chosen disease");
        (await page.GetByLabel("Acute lymphoblastic leukemia").IsCheckedAsync()).ShouldBeTrue();
    }

    [BrowserFact]
    public async Task Should_Open_A_Result_With_Arrow_Keys_And_Enter()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        // The status line names the whole query only when the last keystroke's results are drawn (earlier
        // keystrokes' results are dropped by the sequence check), and nothing draws the list again after that,
        // so the keys below act on the final list.
        (await TypeAsync(page, "blinatumomab"))[0].ShouldBe(SeedArticle);
        var input = page.Locator("#search-q");

        // When
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");

        // Then
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "search-hit-0");
        await Assertions.Expect(page.Locator("#search-hit-0")).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");

        // When: Enter, once. A reader presses it once; if it does not open the chosen result, that is the bug.
        await page.Keyboard.PressAsync("Enter");

        // Then: poll the address (a navigation event may come before a wait for it begins). The deadline is
        // Playwright's navigation timeout rather than the 5 s assertion default: on a busy two-core runner the
        // article's document can take that long to commit. It passes as soon as the address matches.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedArticle + "?highlight=blinatumomab") + "$"), new() { Timeout = 30_000 });
    }

    [BrowserFact]
    public async Task Should_Keep_The_Arrowed_Option_When_The_List_Is_Drawn_Again_Before_Enter()
    {
        // Given: a reader who types while the index is still loading. When it has loaded, the script runs the
        // query in the box once more and draws the list again, under an option the reader has already arrowed to.
        // The facet file is held until the test lets it go, so that redraw comes exactly between the arrow and Enter.
        await using var session = await site.OpenAsync("/");
        var page = session.Page;
        var facetsRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFacets = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(new Regex(@"/filters\.json(\?|$)"), async route =>
        {
            facetsRequested.TrySetResult();
            await releaseFacets.Task;
            await route.ContinueAsync();
        });
        try
        {
            await page.GotoAsync(site.BaseUrl + "/search/");
            // The script asks for the facets right after it has read the meta file, so queries now get results.
            await facetsRequested.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await page.Locator("#search-q").PressSequentiallyAsync("blinatumomab", new() { Delay = 20 });
            await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({Js("“blinatumomab”")})");
            (await HitsAsync(page))[0].ShouldBe(SeedArticle);
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(page.Locator("#search-hit-0")).ToHaveAttributeAsync("aria-selected", "true");

            // When: the index finishes loading and the list is drawn again (now with the facets)
            releaseFacets.TrySetResult();
            await page.WaitForFunctionAsync("document.querySelector('#search-filters fieldset') !== null");

            // Then: the redraw kept the chosen option, and Enter opens it
            await Assertions.Expect(page.Locator("#search-q")).ToHaveAttributeAsync("aria-activedescendant", "search-hit-0");
            await Assertions.Expect(page.Locator("#search-hit-0")).ToHaveAttributeAsync("aria-selected", "true");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedArticle + "?highlight=blinatumomab") + "$"), new() { Timeout = 30_000 });
        }
        finally
        {
            releaseFacets.TrySetResult();
        }
    }

    [BrowserFact]
    public async Task Should_Say_So_Clearly_When_Nothing_Matches()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;

        await page.Locator("#search-q").PressSequentiallyAsync("qwxzvbnm", new() { Delay = 20 });
        await page.WaitForFunctionAsync("document.getElementById('search-status').textContent.startsWith('No results')");

        (await page.Locator("#search-status").InnerTextAsync()).ShouldBe("No results for “qwxzvbnm”.");
        (await page.Locator("#search-none").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#search-list").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("#search-q").GetAttributeAsync("aria-expanded")).ShouldBe("false");
    }

    [BrowserFact]
    public async Task Should_Have_No_Axe_Violations_With_Results_Shown()
    {
        await using var session = await site.OpenAsync("/search/");
        await TypeAsync(session.Page, "leukemia");
        await session.Page.Keyboard.PressAsync("ArrowDown");

        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Keep_The_Query_In_The_Url_And_Go_Back_To_The_Last_Search()
    {
        // Given: a search from the header box of another page (a plain GET form)
        await using var session = await site.OpenAsync("/");
        var page = session.Page;
        await page.Locator("#site-search-q").FillAsync("blinatumomab");
        await page.Keyboard.PressAsync("Enter");
        // Poll the address: waiting for a navigation event can miss one that committed before the wait began.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=blinatumomab$"));
        await WaitForResultsAsync(page);
        (await HitsAsync(page))[0].ShouldBe(SeedArticle);

        // When: a second search, then Back. The script changes the URL with the history API, so poll the
        // address (Expect) instead of waiting for a navigation event.
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync("cystic fibrosis");
        await page.WaitForFunctionAsync("document.getElementById('search-status').textContent.includes('cystic fibrosis')");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=cystic\+fibrosis$"));
        await page.GoBackAsync();

        // Then
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=blinatumomab$"));
        await page.WaitForFunctionAsync("document.getElementById('search-q').value === 'blinatumomab'");
        await WaitForResultsAsync(page);
        (await HitsAsync(page))[0].ShouldBe(SeedArticle);
    }

    [BrowserFact]
    public async Task Should_Link_The_A_To_Z_Indexes_Without_JavaScript()
    {
        await using var session = await site.OpenAsync("/search/?q=leukemia", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = session.Page;

        (await page.Locator("#search-nojs").InnerTextAsync()).ShouldContain("Search needs JavaScript");
        foreach (var index in new[] { "/diseases/", "/tags/", "/authors/" })
        {
            (await page.Locator($"#search-nojs a[href='{index}']").IsVisibleAsync()).ShouldBeTrue(index);
        }
    }

    private static async Task<List<string>> TypeAsync(IPage page, string query)
    {
        // Type once the script has loaded the index and made the box a combobox, as a reader would see it.
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").PressSequentiallyAsync(query, new() { Delay = 20 });
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({Js("“" + query + "”")})");
        return await HitsAsync(page);
    }

    private static async Task WaitForResultsAsync(IPage page) =>
        await page.WaitForFunctionAsync("document.querySelectorAll('#search-list [role=option]').length > 0");

    private static async Task<List<string>> HitsAsync(IPage page) =>
        [.. (await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)"))];

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
