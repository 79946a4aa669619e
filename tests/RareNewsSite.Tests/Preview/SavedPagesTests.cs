using System.Text;
using Microsoft.AspNetCore.Builder;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.Preview;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>
/// A preview saves the pages it serves (<c>.rarenews/cache/preview/</c>), and the next one serves them while its first
/// build runs; open pages reload when that build makes one of them otherwise.
/// </summary>
public sealed class SavedPagesTests : IDisposable
{
    private static readonly BuildRequest Request = new() { Options = new BuildOptions { Clock = TestClock.Default } };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rns-saved-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Article(string title, string body) =>
        $"---\ntitle: {title}\ndate: 2026-01-01\nauthor: a\nsummary: S\ntags: [x]\n---\n{body}\n";

    private static TestSite Site()
    {
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            """);
        for (var i = 0; i < 5; i++)
        {
            site.Files.Add($"input/articles/a{i}.md", Article($"Article {i}", $"Text of article {i}."));
        }
        site.Files.Add("input/assets/scan.png", Images.TestPhotos.Png(64, 64));
        return site;
    }

    // A preview of the site that builds once and saves what it served, as one stopped by Ctrl+C has.
    private async Task PreviewOnceAsync(TestSite site)
    {
        using var session = new PreviewSession(site.Files, Request, SavedPages.InFolder(_folder));
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
        await session.Remembered;
        await session.Saved;
    }

    [Fact]
    public async Task Should_Serve_The_Last_Previews_Pages_Before_The_First_Build_And_Reload_Them_When_It_Makes_Them_Otherwise()
    {
        // Given a site previewed once, then an article retitled while no preview ran
        var site = Site();
        await PreviewOnceAsync(site);
        site.Files.Add("input/articles/a3.md", Article("Article three, retitled", "Text of article 3."));

        // When a new preview's server is asked for the home page and the article before its first build has started
        using var session = new PreviewSession(site.Files, Request, SavedPages.InFolder(_folder));
        using var reloads = session.Reloads.Subscribe();
        var server = new PreviewServer(session, "127.0.0.1", FreePort.Next());
        await using var app = server.Build();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var article = await client.GetStringAsync(new Uri("/articles/a3/", UriKind.Relative));

        // Then both are the last preview's, served under the version a clean first build is published as
        session.State.Version.ShouldBe(0);
        home.ShouldContain("Article 3");
        home.ShouldNotContain("retitled");
        home.ShouldContain("data-version=\"1\"");
        article.ShouldContain("data-panel=\"later\""); // its panel comes with the build behind the first

        // When the first build is done
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();

        // Then it is published under another version and open pages are told to reload, to what it made
        session.State.Version.ShouldBe(PreviewSession.FirstVersion + 1);
        reloads.Messages.TryRead(out var message).ShouldBeTrue();
        message.ShouldBe("reload");
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldContain("Article three, retitled");
        session.SavedPage("index.html").ShouldBeNull(); // nothing is served from the saved pages any more

        // And the new page is saved for the next preview, in place of the old one
        await session.Remembered;
        await session.Saved;
        var saved = SavedPages.InFolder(_folder);
        Encoding.UTF8.GetString(saved.Read("articles/a3/index.html")!).ShouldContain("Article three, retitled");
        saved.IsArticle("articles/a3/index.html").ShouldBeTrue();
        saved.IsArticle("index.html").ShouldBeFalse();

        // And photos are not saved: the image store keeps them, and the page shows while they come
        var photo = session.State.Files.Keys.First(p => p.EndsWith(".png", StringComparison.Ordinal));
        saved.Has(photo).ShouldBeFalse();
        Directory.GetFiles(_folder, "*.png", SearchOption.AllDirectories).ShouldBeEmpty();
        await app.StopAsync();
    }

    [Fact]
    public async Task Should_Not_Reload_Pages_Served_From_The_Last_Preview_When_The_First_Build_Makes_Them_The_Same()
    {
        // Given a site previewed once and not changed since
        var site = Site();
        await PreviewOnceAsync(site);

        // When a new preview serves its home page before the first build, and the build is then done
        using var session = new PreviewSession(site.Files, Request, SavedPages.InFolder(_folder));
        using var reloads = session.Reloads.Subscribe();
        var early = session.SavedPage("index.html");
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();

        // Then it was the very page the build makes, published under the version it was served as, and no page reloads,
        // then or once the build behind it is done (which tells only pages waiting for their panel)
        early.ShouldBe(session.State.Files["index.html"]);
        session.State.Version.ShouldBe(PreviewSession.FirstVersion);
        await session.Remembered;
        while (reloads.Messages.TryRead(out var message))
        {
            message.ShouldBe(PreviewSession.PanelMessage);
        }
    }

    [Fact]
    public async Task Should_Serve_The_Last_Previews_Pages_Under_The_Error_Overlay_While_No_Build_Has_Succeeded()
    {
        // Given a site previewed once, then an article broken while no preview ran
        var site = Site();
        await PreviewOnceAsync(site);
        site.Files.Add("input/articles/a3.md", "---\ntitle: [broken\n---\nText.\n");

        // When a new preview's first build fails, and the home page is asked for
        using var session = new PreviewSession(site.Files, Request, SavedPages.InFolder(_folder));
        var server = new PreviewServer(session, "127.0.0.1", FreePort.Next());
        await using var app = server.Build();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeFalse();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // Then it is the last preview's, with the errors over it
        home.ShouldContain("Article 3");
        home.ShouldContain("rarenews-overlay");

        // When the article is mended and the site built again
        using var reloads = session.Reloads.Subscribe();
        site.Files.Add("input/articles/a3.md", Article("Article three, mended", "Text of article 3."));
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();

        // Then open pages reload to the new site, and the saved pages are done with
        reloads.Messages.TryRead(out var message).ShouldBeTrue();
        message.ShouldBe("reload");
        var now = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        now.ShouldContain("Article three, mended");
        now.ShouldNotContain("rarenews-overlay");
        session.SavedPages.ShouldBeNull();
        await session.Remembered; // nothing of the session's runs on into the next test
        await app.StopAsync();
    }

    [Fact]
    public async Task Should_Never_Serve_A_Saved_File_Whose_Bytes_Are_Not_The_Ones_It_Listed_Nor_A_List_It_Cannot_Read()
    {
        // Given a site previewed once, then one saved page damaged and one deleted
        var site = Site();
        await PreviewOnceAsync(site);
        var files = Path.Combine(_folder, "files");
        await File.WriteAllTextAsync(Path.Combine(files, "index.html"), "<!doctype html><title>damaged</title>");
        File.Delete(Path.Combine(files, "articles", "a1", "index.html"));

        // When a new preview looks for them
        var saved = SavedPages.InFolder(_folder);

        // Then neither is served; an intact page still is
        saved.Has("index.html").ShouldBeTrue();
        saved.Read("index.html").ShouldBeNull();
        saved.Read("articles/a1/index.html").ShouldBeNull();
        saved.Read("articles/a2/index.html").ShouldNotBeNull();

        // When the list is damaged
        await File.WriteAllTextAsync(Path.Combine(_folder, "pages.json"), "{\"program\": ");

        // Then nothing is served, and a preview saving again writes every page anew
        var unreadable = SavedPages.InFolder(_folder);
        unreadable.Has("articles/a2/index.html").ShouldBeFalse();
        unreadable.LinkRoot.ShouldBeNull();
        await PreviewOnceAsync(site);
        var again = SavedPages.InFolder(_folder);
        again.Read("index.html").ShouldNotBeNull();
        Encoding.UTF8.GetString(again.Read("index.html")!).ShouldNotContain("damaged");
        again.Read("articles/a1/index.html").ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Save_A_Damaged_Page_Again_Although_The_Site_Did_Not_Change()
    {
        // Given a site previewed once, then one saved page damaged
        var site = Site();
        await PreviewOnceAsync(site);
        await File.WriteAllTextAsync(Path.Combine(_folder, "files", "index.html"), "<!doctype html><title>damaged</title>");

        // When the next preview is asked for it before its first build, and then saves that build
        var saved = SavedPages.InFolder(_folder);
        saved.Read("index.html").ShouldBeNull();
        using (var session = new PreviewSession(site.Files, Request, saved))
        {
            (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
            await session.Remembered;
            await session.Saved;
        }

        // Then the page is saved again and served from then on
        var again = SavedPages.InFolder(_folder).Read("index.html");
        again.ShouldNotBeNull();
        Encoding.UTF8.GetString(again).ShouldNotContain("damaged");
    }

    [Fact]
    public async Task Should_Delete_The_Saved_File_Of_A_Page_The_Site_No_Longer_Has()
    {
        // Given a site previewed once, then an article deleted
        var site = Site();
        await PreviewOnceAsync(site);
        var page = Path.Combine(_folder, "files", "articles", "a4", "index.html");
        File.Exists(page).ShouldBeTrue();
        site.Files.Remove("input/articles/a4.md");

        // When it is previewed again
        await PreviewOnceAsync(site);

        // Then the page is neither listed nor kept, nor the folder it was in
        SavedPages.InFolder(_folder).Has("articles/a4/index.html").ShouldBeFalse();
        File.Exists(page).ShouldBeFalse();
        Directory.Exists(Path.GetDirectoryName(page)).ShouldBeFalse();
        Directory.Exists(Path.Combine(_folder, "files", "articles")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Leave_The_Saved_Pages_As_They_Are_When_A_Preview_Makes_The_Same_Site()
    {
        // Given a site previewed once
        var site = Site();
        await PreviewOnceAsync(site);
        var list = Path.Combine(_folder, "pages.json");
        var written = File.GetLastWriteTimeUtc(list);
        var home = File.GetLastWriteTimeUtc(Path.Combine(_folder, "files", "index.html"));

        // When it is previewed again, unchanged (a first build, then the remembering one, each saved)
        await PreviewOnceAsync(site);

        // Then neither the list nor a page was written again
        File.GetLastWriteTimeUtc(list).ShouldBe(written);
        File.GetLastWriteTimeUtc(Path.Combine(_folder, "files", "index.html")).ShouldBe(home);
        SavedPages.InFolder(_folder).Read("index.html").ShouldNotBeNull();
    }
}
