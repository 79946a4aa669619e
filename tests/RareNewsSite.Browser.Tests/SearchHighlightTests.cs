using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// Highlight on arrival: a result links to its article with the words it matched (<c>?highlight=</c>), and the article
/// marks them and scrolls the first into view; nothing stored, nothing loaded without the parameter, axe clean.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class SearchHighlightTests(SiteFixture site)
{
    private const string SeedArticle = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Mark_The_Words_A_Result_Matched_When_It_Is_Opened()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        // The issue's query, a plural and a British spelling: the article says "infant" and "leukemia".
        await page.Locator("#search-q").FillAsync("infants leukaemia immunotherapy");
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({JsonSerializer.Serialize("“infants leukaemia immunotherapy”")})");
        (await page.Locator("#search-list .search-hit").First.GetAttributeAsync("href")).ShouldStartWith(SeedArticle + "?highlight=");

        // When: the first result, by keyboard
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedArticle) + @"\?highlight=[^#]+$"), new() { Timeout = 30_000 });

        // Then: the words are marked, and only they (as the search matched them: the page's own forms)
        var marks = page.Locator("main article mark.search-highlight");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        var words = await marks.AllTextContentsAsync();
        words.Select(w => w.ToLowerInvariant()).Distinct().Order().ShouldBe(["immunotherapy", "infant", "leukemia"]);
        await Assertions.Expect(page.Locator("main .article-body mark.search-highlight").First).ToBeInViewportAsync();
        await page.ShouldHaveNoAxeViolationsAsync();
        (await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length + document.cookie.length")).ShouldBe(0, "nothing is stored");
    }

    [BrowserFact]
    public async Task Should_Scroll_The_First_Highlight_Into_View()
    {
        // "nosebleeds" is only in the symptoms box near the end of the seed article, far below the first screen.
        await using var session = await site.OpenAsync(SeedArticle + "?highlight=nosebleeds");
        var page = session.Page;

        var mark = page.Locator("main article mark.search-highlight");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        (await mark.TextContentAsync()).ShouldBe("nosebleeds");
        await Assertions.Expect(mark).ToBeInViewportAsync();
        (await page.EvaluateAsync<double>("window.scrollY")).ShouldBeGreaterThan(0, "the page scrolled to it");
    }

    [BrowserFact]
    public async Task Should_Show_The_First_Highlight_Of_The_Section_A_Result_Pointed_To()
    {
        await using var session = await site.OpenAsync(SeedArticle + "?highlight=babies+baby#what-happens-next");
        var page = session.Page;

        await Assertions.Expect(page.Locator("main article mark.search-highlight").First).ToBeAttachedAsync();
        // Babies are marked all over the article; the first one after the heading the link named is in view, with it.
        var firstInSection = await page.EvaluateAsync<string>("""
            () => {
              const heading = document.getElementById('what-happens-next');
              const mark = [...document.querySelectorAll('mark.search-highlight')].find((m) => heading.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
              mark.id = 'first-in-section';
              return mark.textContent;
            }
            """);
        firstInSection.ShouldBe("babies");
        await Assertions.Expect(page.Locator("#first-in-section")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#what-happens-next")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Should_Load_Nothing_And_Mark_Nothing_Without_The_Parameter()
    {
        await using var session = await site.OpenAsync("/");
        var page = session.Page;
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(site.BaseUrl + SeedArticle, new() { WaitUntil = WaitUntilState.NetworkIdle });

        requested.ShouldContain(u => u.Contains("/assets/highlight.", StringComparison.Ordinal), "the article carries the script");
        requested.ShouldNotContain(u => u.Contains("/assets/search-words.", StringComparison.Ordinal));
        (await page.Locator("mark").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Should_Treat_The_Parameter_As_Words_Never_As_Markup()
    {
        await using var session = await site.OpenAsync(SeedArticle + "?highlight=" + Uri.EscapeDataString("<img src=x onerror=window.hacked=1> nosebleeds"));
        var page = session.Page;

        await Assertions.Expect(page.Locator("main article mark.search-highlight")).ToHaveCountAsync(1);
        (await page.Locator("img[src=x]").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("window.hacked === undefined")).ShouldBeTrue();
    }
}
