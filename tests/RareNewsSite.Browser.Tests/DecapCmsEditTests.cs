using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// Issue #15: an editor opens the example site's fullest article in Decap CMS, changes its summary and saves it. Every
/// other key the CMS writes back must mean what it meant (the configuration has a field for each), and the site builds
/// with the same diagnostics.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class DecapCmsEditTests(SiteFixture site) : IDisposable
{
    private const string Article = "blinatumomab-infant-all";

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly DecapSite _site = DecapSite.Create();

    public void Dispose() => _site.Dispose();

    [DecapFact]
    public async Task Should_Keep_Every_Other_Key_Of_An_Article_Edited_In_The_Cms()
    {
        DecapPackages.IsAvailable.ShouldBeTrue(DecapPackages.MissingMessage);

        // Given: the example site with the CMS on
        _site.CopyExampleSite();
        _site.CopyBundle();
        var before = await _site.BuildAsync();
        var file = Path.Combine(_site.Root, "input", "articles", Article + ".md");
        var (original, originalBody) = DecapSite.Split(await File.ReadAllTextAsync(file));
        await using var decap = await DecapServer.StartAsync(_site.Root, _site.DecapPort);
        using var server = StaticFileServer.Start(_site.Output);

        // When: the editor opens the article, changes the summary and publishes
        await using var session = await site.OpenUrlAsync($"{server.BaseUrl}/admin/#/collections/articles/entries/{Article}");
        var page = session.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        var summary = page.GetByLabel("Summary", new() { Exact = true });
        await Assertions.Expect(summary).ToHaveValueAsync((string)original["summary"]);
        await summary.FillAsync("A small study found that more babies were alive two years later when a drug was added.");
        (await DecapForm.PublishAsync(page, decap)).Status.ShouldBe(200, decap.Output);

        // Then: only the summary changed, as YAML reads the file (the CMS writes the keys in the model's order)
        var (saved, savedBody) = DecapSite.Split(await File.ReadAllTextAsync(file));
        saved["summary"].ShouldBe("A small study found that more babies were alive two years later when a drug was added.");
        saved.Remove("summary");
        original.Remove("summary");
        Canonical(saved).ShouldBe(Canonical(original));
        savedBody.TrimEnd().ShouldBe(originalBody.TrimEnd());

        // ... and the site builds it as before
        var after = await _site.BuildAsync();
        after.Diagnostics.Select(d => d.ToString()).ShouldBe(before.Diagnostics.Select(d => d.ToString()));
    }

    // The value as JSON with every mapping's keys sorted: key order is not meaning.
    private static string Canonical(object value) => System.Text.Json.JsonSerializer.Serialize(Sorted(value), Indented);

    private static object Sorted(object value) => value switch
    {
        IDictionary<string, object> map => new SortedDictionary<string, object>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IDictionary<object, object> map => new SortedDictionary<string, object>(map.ToDictionary(p => (string)p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        List<object> list => list.Select(Sorted).ToList(),
        _ => value,
    };
}
