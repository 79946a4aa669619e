using System.Text.Json;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;
using RareNewsSite.Building;
using RareNewsSite.Configuration;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// Issue #15: an editor creates an article in Decap CMS (the real bundle from npm) saving through decap-server, and the
/// site builds it. Everything runs on 127.0.0.1; the bundle is the site's own copy, as README's "self-hosted" option.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class DecapCmsTests(SiteFixture site) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rarenews-decap-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
        return Task.CompletedTask;
    }

    private const string Title = "Babies with a rare leukemia did better: a new study";
    private const string Slug = "babies-with-a-rare-leukemia-did-better-a-new-study";

    private static readonly string[] BodyLines =
    [
        "Doctors gave 30 babies the drug with their usual care.",
        "",
        "::: symptoms",
        "- Bone pain",
        "- Fever",
        ":::",
    ];

    [DecapFact]
    public async Task Should_Create_An_Article_Through_The_Cms_That_The_Site_Then_Builds()
    {
        DecapPackages.IsAvailable.ShouldBeTrue(DecapPackages.MissingMessage);

        // Given: a small site with the CMS on, its bundle copied in, decap-server serving its files
        var port = StaticFileServer.FreePort();
        WriteSite(port);
        var output = Path.Combine(_root, "output");
        var first = await SiteBuilder.BuildToFolderAsync(_root, output, new BuildRequest());
        first.Succeeded.ShouldBeTrue(string.Join('\n', first.Diagnostics));
        await using var decap = await DecapServer.StartAsync(_root, port);
        using var server = StaticFileServer.Start(output);

        // When: the editor logs in to the local backend and fills in a new article
        await using var session = await site.OpenUrlAsync(server.BaseUrl + "/admin/");
        var page = session.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create entry of type Article" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        // The first "Date" is the article's; the corrections list has its own.
        await page.GetByLabel("Date", new() { Exact = true }).First.FillAsync("2026-11-02");
        await ChooseAsync(page, "Author (optional)", "Jess", "Jessica Lynn");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Babies given blinatumomab with chemotherapy did better: 93 of 100 were alive after two years.");
        await ChooseAsync(page, "Diseases (optional)", "leuk", "Acute lymphoblastic leukemia");
        // The Markdown editor (raw mode) is a contenteditable textbox that its label does not name.
        var body = page.Locator("[aria-label='markdown field']").GetByRole(AriaRole.Textbox);
        await body.ClickAsync();
        foreach (var line in BodyLines)
        {
            await page.Keyboard.TypeAsync(line);
            await page.Keyboard.PressAsync("Enter");
        }
        // ... and publishes it: decap-server writes the file
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        var saved = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Menuitem, new() { Name = "Publish now" }).ClickAsync(),
            response => response.Url == decap.ApiUrl && response.Request.PostData?.Contains("\"persistEntry\"", StringComparison.Ordinal) == true);
        saved.Status.ShouldBe(200, decap.Output);

        // Then: the new Markdown file has the front matter the build reads
        var file = Path.Combine(_root, "input", "articles", Slug + ".md");
        File.Exists(file).ShouldBeTrue(string.Join('\n', Directory.EnumerateFiles(Path.Combine(_root, "input", "articles"))));
        var text = await File.ReadAllTextAsync(file);
        var (frontMatter, markdown) = SplitFrontMatter(text);
        frontMatter["title"].ShouldBe(Title);
        frontMatter["date"].ShouldBe("2026-11-02");
        frontMatter["author"].ShouldBe("jessica-lynn");
        frontMatter["diseases"].ShouldBe(new List<object> { "acute-lymphoblastic-leukemia" });
        frontMatter.Keys.ShouldBe(["title", "date", "author", "summary", "diseases"], ignoreOrder: true);
        markdown.ShouldContain("::: symptoms\n- Bone pain\n- Fever\n:::");

        // ... and the site builds it, with the author's bio, the disease box and the symptoms
        var second = await SiteBuilder.BuildToFolderAsync(_root, output, new BuildRequest());
        second.Succeeded.ShouldBeTrue(string.Join('\n', second.Diagnostics));
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
        WriteSite(8081);
        var output = Path.Combine(_root, "output");
        (await SiteBuilder.BuildToFolderAsync(_root, output, new BuildRequest())).Succeeded.ShouldBeTrue();

        var (exitCode, result) = await NodeTools.RunAsync("html-validate", "--config", ".htmlvalidate.json", Path.Combine(output, "admin", "index.html"));

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

    private static (Dictionary<string, object> FrontMatter, string Body) SplitFrontMatter(string text)
    {
        text.ShouldStartWith("---\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        end.ShouldBePositive(text);
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(text[4..end]);
        return (yaml, text[(end + 5)..]);
    }

    // A relation widget is a combobox: type part of a name, then pick the entry the CMS offers.
    private static async Task ChooseAsync(IPage page, string label, string typed, string option)
    {
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await box.FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private void WriteSite(int decapPort)
    {
        var settings = new Dictionary<string, object>
        {
            ["SiteTitle"] = "Rare <News> & \"Friends\"",
            ["Host"] = "news.example.org",
            ["GenerateCms"] = true,
            ["CmsRepository"] = "example-org/rare-news",
            ["CmsLocalBackend"] = $"http://127.0.0.1:{decapPort}/api/v1",
            ["CmsScript"] = "/assets/decap/decap-cms.js",
        };
        Write("statiq.json", JsonSerializer.Serialize(settings));
        Write("input/authors/jessica-lynn.md", "---\nname: Jessica Lynn\nrole: Health reporter\n---\nJessica writes about rare blood cancers.\n");
        Write("input/authors/daniel-reyes.md", "---\nname: Daniel Reyes\n---\nDaniel covers gene therapy.\n");
        Write("input/diseases/acute-lymphoblastic-leukemia.md", "---\nname: Acute lymphoblastic leukemia\nabbreviation: ALL\n---\nALL is a cancer of the blood and bone marrow.\n");
        Write("input/diseases/cystic-fibrosis.md", "---\nname: Cystic fibrosis\n---\nCystic fibrosis affects the lungs.\n");
        Write("input/articles/registry-opens.md", "---\ntitle: A registry opens\ndate: 2026-01-10\nauthor: daniel-reyes\nsummary: A new registry for families.\ndiseases: [cystic-fibrosis]\n---\nThe registry opened.\n");
        var bundle = Path.Combine(_root, "input", "assets", "decap");
        Directory.CreateDirectory(bundle);
        foreach (var file in Directory.EnumerateFiles(DecapPackages.BundleFolder))
        {
            // The bundle and the chunks and WebAssembly it loads from beside itself; not the source maps.
            if (Path.GetExtension(file) is ".js" or ".wasm" && !Path.GetFileName(file).StartsWith("cms", StringComparison.Ordinal)
                && !Path.GetFileName(file).Contains(".cms.", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
            }
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
