using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// The facet counts the page shows are those of the results' own front matter: the facet file is read back right
/// (each value's pages, Rice coded, for topics and diseases; each page's one value for authors and years).
/// </summary>
[Collection(BrowserSite.Name)]
public sealed partial class SearchFacetCountsTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Count_Authors_And_Years_As_The_Results_Articles_Say()
    {
        await using var session = await site.OpenAsync("/search/");
        var page = session.Page;
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync("families");
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({JsonSerializer.Serialize("“families”")})");
        while (await page.Locator("#search-more").IsVisibleAsync())
        {
            await page.Locator("#search-more").ClickAsync();
        }
        var urls = await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)");
        urls.Length.ShouldBeGreaterThan(3);

        // The expected counts, from the articles' files.
        var root = RepositoryRoot.Find();
        var articles = urls.Select(u => File.ReadAllText(Path.Combine(root, "input", "articles", u.Split('/')[2] + ".md"))).ToList();
        var authorNames = Directory.GetFiles(Path.Combine(root, "input", "authors"), "*.md")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => Field(File.ReadAllText(f), "name"));
        var authors = articles.GroupBy(a => authorNames[Field(a, "author")]).ToDictionary(g => g.Key, g => g.Count());
        var years = articles.GroupBy(a => Field(a, "date")[..4]).ToDictionary(g => g.Key, g => g.Count());

        (await CountsAsync(page, "Author")).ShouldBe(authors, ignoreOrder: true);
        (await CountsAsync(page, "Year")).ShouldBe(years, ignoreOrder: true);
    }

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $"^{key}: *\"?([^\"\\n]+)\"?$", RegexOptions.Multiline).Groups[1].Value.Trim();

    // The values a facet lists, with the count in brackets after each.
    private static async Task<Dictionary<string, int>> CountsAsync(IPage page, string legend)
    {
        var labels = await page.Locator(".search-facet", new() { Has = page.Locator("legend", new() { HasTextString = legend }) })
            .Locator("label").AllInnerTextsAsync();
        return labels.Select(l => CountedLabel().Match(l)).ToDictionary(m => m.Groups[1].Value.Trim(), m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(.*)\((\d+)\)$")]
    private static partial Regex CountedLabel();
}
