using System.Text;
using Microsoft.AspNetCore.Builder;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>
/// The preview's first build runs as <c>build</c> does, remembering nothing, so the first page comes sooner; a build
/// behind it remembers every step, so the first edit is as quick as any other.
/// </summary>
public sealed class FirstBuildTests
{
    private static readonly BuildRequest Request = new() { Options = new BuildOptions { Clock = TestClock.Default } };

    private static string Article(string title, string body, string tag) =>
        $"---\ntitle: {title}\ndate: 2026-01-01\nauthor: a\nsummary: S\ntags: [{tag}]\n---\n{body}\n";

    private static TestSite Site(int articles)
    {
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            """);
        for (var i = 0; i < articles; i++)
        {
            site.Files.Add($"input/articles/a{i}.md", Article($"Article {i}", $"Text of article {i}.", $"tag-{i % 7}"));
        }
        return site;
    }

    [Fact]
    public async Task Should_Serve_The_First_Build_Then_Remember_It_Without_A_Reload_And_Make_The_First_Edit_As_A_Remembered_Session_Does()
    {
        // Given a preview session over a site of twenty articles, and a page listening for reloads
        var site = Site(20);
        using var session = new PreviewSession(site.Files, Request);
        using var reloads = session.Reloads.Subscribe();

        // When it builds for the first time
        var first = await session.RebuildAsync(null);
        var served = session.State.Files;

        // Then every page is made and served, as a clean build writes it
        first.Result.Succeeded.ShouldBeTrue();
        var clean = new InMemoryOutputFolder();
        await SiteBuilder.BuildAsync(site.Files, clean, Request);
        served.Keys.Order(StringComparer.Ordinal).ShouldBe(clean.Paths);
        foreach (var path in clean.Paths)
        {
            served[path].ShouldBe(clean.ReadBytes(path), path);
        }

        // When the build behind it, which remembers, has finished
        await session.Remembered;

        // Then the same bytes are served under the same version, nobody is told to reload (every page served so far came
        // from that build as it was published), and the panel is measured
        session.State.Version.ShouldBe(1);
        session.State.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(clean.Paths);
        foreach (var path in clean.Paths)
        {
            session.State.Files[path].ShouldBe(served[path], path);
        }
        reloads.Messages.TryRead(out var message).ShouldBeTrue();
        message.ShouldBe(PreviewSession.PanelMessage); // heard only by pages waiting for their panel
        reloads.Messages.TryRead(out _).ShouldBeFalse();
        session.State.EditorFor("articles/a3/index.html")!.Words.ShouldBe(4);

        // When an article's body is edited
        var edited = Article("Article 3", "Text of article 3, longer now.", "tag-3");
        site.Files.Add("input/articles/a3.md", edited);
        var edit = await session.RebuildAsync(ChangeSet.Of(["input/articles/a3.md"]));

        // Then it makes the pages a session that remembered from the start makes, no more
        var remembered = Site(20);
        var reference = new SiteSession(remembered.Files, Request);
        (await reference.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        remembered.Files.Add("input/articles/a3.md", edited);
        var referenceEdit = await reference.BuildAsync();
        edit.Made.ShouldBe(referenceEdit.Made);
        edit.Made.ShouldBeLessThan(first.Made / 2);
        edit.Written.ShouldBe(referenceEdit.Written);
        session.State.EditorFor("articles/a3/index.html")!.Words.ShouldBe(6);
    }

    [Fact]
    public async Task Should_Serve_An_Article_Page_At_Once_While_The_Remembering_Build_Runs_And_Tell_It_When_Its_Panel_Can_Be_Shown()
    {
        // Given a preview server whose build behind the first one waits until the first pages have been asked for
        var site = Site(20);
        using var session = new PreviewSession(site.Files, Request);
        var asked = new TaskCompletionSource();
        session.BeforeRemembering = () => asked.Task;
        var server = new PreviewServer(session, "127.0.0.1", FreePort.Next());
        await using var app = server.Build();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();

        // When an article page is asked for at once, and the page listens for its panel as the preview script does
        var early = await client.GetStringAsync(new Uri("/articles/a3/", UriKind.Relative));
        using var events = await client.GetAsync(new Uri("/_rarenews/events?panel=later", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var stream = new StreamReader(await events.Content.ReadAsStreamAsync());
        asked.SetResult();

        // Then it comes without its panel, marked to reload for it; the listener hears that the panel can be shown
        // (when the build ends, or at once if it already has); and the page asked for again has its panel
        early.ShouldNotContain("rarenews-panel");
        early.ShouldContain("data-panel=\"later\"");
        string? line;
        var heard = new List<string>();
        while ((line = await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) is not null)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                heard.Add(line["event: ".Length..]);
                if (heard[^1] == PreviewSession.PanelMessage)
                {
                    break;
                }
            }
        }
        heard.ShouldBe(["hello", PreviewSession.PanelMessage]);
        var later = await client.GetStringAsync(new Uri("/articles/a3/", UriKind.Relative));
        later.ShouldContain("<details id=\"rarenews-panel\">");
        later.ShouldNotContain("data-panel");
        await app.StopAsync();
    }

    [Fact]
    public async Task Should_Serve_What_The_First_Build_Has_Made_Before_It_Is_Published_And_Reload_It_Once_It_Is()
    {
        // Given a preview server started before the first build, which is held once it has made every page, unpublished
        var site = Site(20);
        using var session = new PreviewSession(site.Files, Request);
        var (made, publish) = (new TaskCompletionSource(), new TaskCompletionSource());
        session.BeforeFirstPublished = () =>
        {
            made.SetResult();
            return publish.Task;
        };
        var server = new PreviewServer(session, "127.0.0.1", FreePort.Next());
        await using var app = server.Build();
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var building = session.RebuildAsync(null);
        await made.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // When the home page, a stylesheet it links, an address that redirects and one that is not in the site are asked for
        using var events = await client.GetAsync(new Uri("/_rarenews/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var stream = new StreamReader(await events.Content.ReadAsStreamAsync());
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var redirect = client.GetAsync(new Uri("/articles/a3", UriKind.Relative));
        var missing = client.GetAsync(new Uri("/no-such-page/", UriKind.Relative));

        // Then the home page is served at once as the build made it, under the version the build is published as
        session.State.Version.ShouldBe(0);
        home.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var html = await home.Content.ReadAsStringAsync();
        var clean = new InMemoryOutputFolder();
        await SiteBuilder.BuildAsync(site.Files, clean, Request);
        var built = clean.ReadText("index.html");
        var end = built.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html.ShouldStartWith(end < 0 ? built : built[..end]); // the preview's additions go before </body>
        html.ShouldContain("data-version=\"1\"");
        html.ShouldNotContain("rarenews-panel");
        var article = await client.GetStringAsync(new Uri("/articles/a3/", UriKind.Relative));
        article.ShouldContain("data-panel=\"later\""); // its panel comes with the build behind the first
        var stylesheet = clean.Paths.First(p => p.EndsWith(".css", StringComparison.Ordinal));
        (await client.GetByteArrayAsync(new Uri("/" + stylesheet, UriKind.Relative))).ShouldBe(clean.ReadBytes(stylesheet));

        // And the redirect and the page the site does not have wait for the published site
        await Task.Delay(200);
        redirect.IsCompleted.ShouldBeFalse();
        missing.IsCompleted.ShouldBeFalse();

        // When the build is published
        publish.SetResult();
        (await building).Result.Succeeded.ShouldBeTrue();

        // Then those are answered from it; the open page was told it shows that version and is told nothing more; and
        // the home page is served from the published site, the same page under the same version
        (await redirect).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await missing).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe("retry: 500");
        (await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe("event: hello");
        (await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe("data: 1");
        (await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe("");
        var next = stream.ReadLineAsync();
        await session.Remembered; // the build behind the first, which tells only pages waiting for their panel
        await Task.Delay(200);
        next.IsCompleted.ShouldBeFalse();
        session.PagesSoFar.ShouldBeNull();
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldBe(html);
        await app.StopAsync();
    }

    [Fact]
    public async Task Should_Tell_Pages_Served_From_A_First_Build_That_Failed_To_Reload_Under_Another_Version()
    {
        // Given a site with a broken article, whose first build is held once done, after the home page was made
        var site = Site(5);
        site.Files.Add("input/articles/a0.md", "---\ntitle: [broken\n---\nText.\n");
        using var session = new PreviewSession(site.Files, Request);
        using var reloads = session.Reloads.Subscribe();
        var (made, publish) = (new TaskCompletionSource(), new TaskCompletionSource());
        session.BeforeFirstPublished = () =>
        {
            made.SetResult();
            return publish.Task;
        };
        var building = session.RebuildAsync(null);
        await made.Task.WaitAsync(TimeSpan.FromSeconds(60));
        session.PagesSoFar!.Files.ShouldContainKey("index.html"); // served as version 1 to anyone who asked
        session.ServedVersion.ShouldBe(PreviewSession.FirstVersion);

        // When the build is published
        publish.SetResult();
        (await building).Result.Succeeded.ShouldBeFalse();

        // Then it is another version, and open pages are told to reload, to show the errors
        session.State.Version.ShouldBe(PreviewSession.FirstVersion + 1);
        session.ServedVersion.ShouldBe(PreviewSession.FirstVersion + 1);
        reloads.Messages.TryRead(out var message).ShouldBeTrue();
        message.ShouldBe("reload");
    }

    [Fact]
    public async Task Should_Write_Each_File_Of_An_Unremembered_Build_Where_Its_Caller_Can_Read_It_With_The_Link_Root()
    {
        // Given a site published under /news/
        var site = Site(3);
        site.Files.Add("statiq.json", """{ "Host": "example.org", "LinkRoot": "/news/" }""");
        var session = new SiteSession(site.Files, Request);
        var soFar = new PagesSoFar();

        // When it builds remembering nothing, into pages the caller reads
        (await session.BuildUnrememberedAsync(soFar)).Result.Succeeded.ShouldBeTrue();

        // Then they hold every file it published, byte for byte, and know where the links start
        soFar.LinkRoot.ShouldBe("/news/");
        soFar.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(session.Outputs.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in session.Outputs)
        {
            soFar.Files[path].ShouldBe(bytes, path);
        }

        // And when the settings are broken, the link root is not known
        site.Files.Add("statiq.json", "{ broken");
        var broken = new PagesSoFar();
        (await new SiteSession(site.Files, Request).BuildUnrememberedAsync(broken)).Result.Succeeded.ShouldBeFalse();
        broken.LinkRoot.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Delete_What_The_First_Build_Made_When_A_File_Changed_Before_The_Remembering_Build()
    {
        // Given a session whose first build remembered nothing
        var site = Site(3);
        var session = new SiteSession(site.Files, Request);
        (await session.BuildUnrememberedAsync()).Result.Succeeded.ShouldBeTrue();
        session.Outputs.ShouldContainKey("articles/a1/index.html");

        // When an article moves to another address before the remembering build
        site.Files.Remove("input/articles/a1.md");
        site.Files.Add("input/articles/moved.md", Article("Article 1", "Text of article 1.", "tag-1"));
        var remembering = await session.BuildAsync();

        // Then the old address is deleted, and the files are what a clean build writes
        remembering.Deleted.ShouldContain("articles/a1/index.html");
        var clean = new InMemoryOutputFolder();
        await SiteBuilder.BuildAsync(site.Files, clean, Request);
        session.Outputs.Keys.Order(StringComparer.Ordinal).ShouldBe(clean.Paths);
        foreach (var path in clean.Paths)
        {
            session.Outputs[path].ShouldBe(clean.ReadBytes(path), path);
        }
    }

    [Fact]
    public async Task Should_Build_Unremembered_Again_After_A_Failed_First_Build()
    {
        // Given a site whose only article is broken
        var site = Site(1);
        site.Files.Add("input/articles/a0.md", "---\ntitle: [broken\n---\nText.\n");
        using var session = new PreviewSession(site.Files, Request);

        // When it builds, and then again once the article is fixed
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeFalse();
        await session.Remembered;
        site.Files.Add("input/articles/a0.md", Article("Article 0", "Text of article 0.", "tag-0"));
        var fixedBuild = await session.RebuildAsync(ChangeSet.Of(["input/articles/a0.md"]));

        // Then the site is served and the panel is measured once the build behind it has finished
        fixedBuild.Result.Succeeded.ShouldBeTrue();
        session.State.Files.ContainsKey("articles/a0/index.html").ShouldBeTrue();
        await session.Remembered;
        Encoding.UTF8.GetString(session.State.Files["index.html"]).ShouldContain("Article 0");
        session.State.EditorFor("articles/a0/index.html").ShouldNotBeNull();
    }
}
