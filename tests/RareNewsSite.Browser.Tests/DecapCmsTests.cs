using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;
using RareNewsSite.Configuration;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// Issue #15: an editor creates an article in Decap CMS (the real bundle from npm) saving through decap-server, and the
/// site builds it. Everything runs on 127.0.0.1. axe is not run here: Decap's interface is third-party (see README).
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class DecapCmsTests(SiteFixture site) : IDisposable
{
    private const string Title = "Babies with a rare leukemia did better: a new study";
    private const string Slug = "babies-with-a-rare-leukemia-did-better-a-new-study";

    private static readonly string[] BodyLines = ["Doctors gave 30 babies the drug with their usual care.", "", "::: symptoms", "- Bone pain", "- Fever", ":::"];

    private readonly DecapSite _site = DecapSite.Create();

    public void Dispose() => _site.Dispose();

    [DecapFact]
    public async Task Should_Create_An_Article_Through_The_Cms_That_The_Site_Then_Builds()
    {
        DecapPackages.IsAvailable.ShouldBeTrue(DecapPackages.MissingMessage);

        // Given: a small site with the CMS on, its bundle copied in, decap-server serving its files
        WriteSmallSite();
        _site.CopyBundle();
        await _site.BuildAsync();
        await using var decap = await DecapServer.StartAsync(_site.Root, _site.DecapPort);
        using var server = StaticFileServer.Start(_site.Output);

        // When: the editor logs in to the local backend and fills in a new article
        await using var session = await site.OpenUrlAsync(server.BaseUrl + "/admin/");
        var page = session.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create entry of type Article" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        // The first "Date" is the article's; each correction has its own.
        await page.GetByLabel("Date", new() { Exact = true }).First.FillAsync("2026-11-02");
        await DecapForm.ChooseAsync(page, "Author (optional)", "Jess", "Jessica Lynn");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Babies given blinatumomab with chemotherapy did better: 93 of 100 were alive after two years.");
        await DecapForm.ChooseAsync(page, "Diseases (optional)", "leuk", "Acute lymphoblastic leukemia");
        await DecapForm.Body(page).ClickAsync();
        foreach (var line in BodyLines)
        {
            await page.Keyboard.TypeAsync(line);
            await page.Keyboard.PressAsync("Enter");
        }

        // ... and publishes it: decap-server writes the file
        (await DecapForm.PublishAsync(page, decap)).Status.ShouldBe(200, decap.Output);

        // Then: the new Markdown file has the front matter the build reads
        var file = Path.Combine(_site.Root, "input", "articles", Slug + ".md");
        File.Exists(file).ShouldBeTrue(string.Join('\n', Directory.EnumerateFiles(Path.Combine(_site.Root, "input", "articles"))));
        var (frontMatter, markdown) = DecapSite.Split(await File.ReadAllTextAsync(file));
        frontMatter["title"].ShouldBe(Title);
        frontMatter["date"].ShouldBe("2026-11-02");
        frontMatter["author"].ShouldBe("jessica-lynn");
        frontMatter["diseases"].ShouldBe(new List<object> { "acute-lymphoblastic-leukemia" });
        frontMatter.Keys.ShouldBe(["title", "date", "author", "summary", "diseases"], ignoreOrder: true);
        markdown.ShouldContain("::: symptoms\n- Bone pain\n- Fever\n:::");

        // ... and the site builds it, with the author's bio, the disease box and the symptoms
        var second = await _site.BuildAsync();
        second.Diagnostics.ShouldBeEmpty();
        await using var article = await site.OpenUrlAsync($"{server.BaseUrl}/articles/{Slug}/");
        article.Status.ShouldBe(200);
        (await article.Page.Locator("h1").InnerTextAsync()).ShouldBe(Title);
        var content = await article.Page.Locator("main").InnerTextAsync();
        content.ShouldContain("Jessica writes about rare blood cancers.");
        content.ShouldContain("About Acute lymphoblastic leukemia");
        (await article.Page.Locator(".symptoms li").AllInnerTextsAsync()).ShouldBe(["Bone pain", "Fever"]);
    }

    [DecapFact]
    public async Task Should_Write_An_Admin_Page_That_Passes_Html_Validate()
    {
        NodeTools.IsAvailable.ShouldBeTrue(NodeTools.MissingMessage);
        WriteSmallSite();
        await _site.BuildAsync();

        var (exitCode, result) = await NodeTools.RunAsync("html-validate", "--config", ".htmlvalidate.json", Path.Combine(_site.Output, "admin", "index.html"));

        exitCode.ShouldBe(0, result);
    }

    [DecapFact]
    public void Should_Pin_The_Same_Bundle_As_The_Repository_Installs()
    {
        // The admin page's default script is unpkg's copy of the npm package the browser test runs, checked by its hash.
        DecapPackages.IsAvailable.ShouldBeTrue(DecapPackages.MissingMessage);
        using var manifest = JsonDocument.Parse(File.ReadAllText(DecapPackages.BundleManifest));
        manifest.RootElement.GetProperty("version").GetString().ShouldBe(DecapBundle.Version);
        var hash = System.Security.Cryptography.SHA384.HashData(File.ReadAllBytes(Path.Combine(DecapPackages.BundleFolder, "decap-cms.js")));

        ("sha384-" + Convert.ToBase64String(hash)).ShouldBe(DecapBundle.PinnedIntegrity);
        DecapBundle.PinnedScript.ShouldBe($"https://unpkg.com/decap-cms@{DecapBundle.Version}/dist/decap-cms.js");
    }

    private void WriteSmallSite()
    {
        // A title with markup and quotes: the admin page shows it escaped.
        _site.WriteSettings(new JsonObject { ["SiteTitle"] = "Rare <News> & \"Friends\"", ["Host"] = "news.example.org" });
        _site.Write("input/authors/jessica-lynn.md", "---\nname: Jessica Lynn\nrole: Health reporter\n---\nJessica writes about rare blood cancers.\n");
        _site.Write("input/authors/daniel-reyes.md", "---\nname: Daniel Reyes\n---\nDaniel covers gene therapy.\n");
        _site.Write("input/diseases/acute-lymphoblastic-leukemia.md", "---\nname: Acute lymphoblastic leukemia\nabbreviation: ALL\n---\nALL is a cancer of the blood and bone marrow.\n");
        _site.Write("input/diseases/cystic-fibrosis.md", "---\nname: Cystic fibrosis\n---\nCystic fibrosis affects the lungs.\n");
        _site.Write("input/articles/registry-opens.md", "---\ntitle: A registry opens\ndate: 2026-01-10\nauthor: daniel-reyes\nsummary: A new registry for families.\ndiseases: [cystic-fibrosis]\n---\nThe registry opened.\n");
    }
}
