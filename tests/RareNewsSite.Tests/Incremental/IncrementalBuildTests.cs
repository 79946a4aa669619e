using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

public sealed class IncrementalBuildTests
{
    // Two articles by one author with a tag each; the second has a misspelt key, so it comes with a warning.
    private const string TwoArticles = """
        -- input/authors/a.md --
        ---
        name: Ann
        ---
        Bio.
        -- input/articles/one.md --
        ---
        title: One
        date: 2026-01-01
        author: a
        summary: S
        tags: [x]
        ---
        Hello
        -- input/articles/two.md --
        ---
        title: Two
        date: 2026-01-02
        author: a
        summary: S
        tags: [y]
        sumary: typo
        ---
        Hello
        """;

    public static TheoryData<int, bool> Seeds() => new()
    {
        { 1, true }, { 2, false }, { 3, true }, { 4, false }, { 5, true }, { 6, true }, { 7, true }, { 8, false },
        { 9, true }, { 18, false }, { 11, true }, { 12, false }, { 13, true }, { 14, true }, { 15, false }, { 16, true },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Should_Match_A_Clean_Build_After_Every_Random_Edit(int seed, bool preview)
    {
        // Given a site and a session that has built it once
        var site = new RandomSite(seed);
        var request = new BuildRequest
        {
            Options = new BuildOptions { IncludeDrafts = preview, IncludeFuture = preview, Clock = TestClock.Default },
        };
        var builder = new SiteSession(site.Files, request);
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        var lastGood = builder.Outputs;

        for (var step = 0; step < 60; step++)
        {
            // When one file changes (the engine is not told which)
            var changed = site.Edit();
            var incremental = await builder.BuildAsync();
            var clean = new InMemoryOutputFolder();
            var full = await SiteBuilder.BuildAsync(site.Files, clean, request);

            // Then the result is exactly a clean build's, or the same errors with the last good site kept
            var context = $"seed {seed}, step {step}, changed {string.Join(", ", changed)}";
            string.Join('\n', incremental.Result.Diagnostics).ShouldBe(string.Join('\n', full.Diagnostics), context);
            if (!full.Succeeded)
            {
                builder.Outputs.ShouldBeSameAs(lastGood, context);
                continue;
            }
            string.Join('\n', builder.Outputs.Keys.Order(StringComparer.Ordinal)).ShouldBe(string.Join('\n', clean.Paths), context);
            string.Join(", ", incremental.Result.PagesByKind).ShouldBe(string.Join(", ", full.PagesByKind), context);
            foreach (var path in clean.Paths)
            {
                if (!builder.Outputs[path].AsSpan().SequenceEqual(clean.ReadBytes(path)))
                {
                    System.Text.Encoding.UTF8.GetString(builder.Outputs[path]).ShouldBe(clean.ReadText(path), $"{context}: {path}");
                }
            }
            lastGood = builder.Outputs;
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public async Task Should_Match_A_Clean_Build_When_The_Preview_Is_Told_What_Changed(int seed)
    {
        // Given a preview session, which caches files and compares only those its watcher names
        var site = new RandomSite(seed);
        var request = new BuildRequest { Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true, Clock = TestClock.Default } };
        using var preview = new RareNewsSite.Preview.PreviewSession(site.Files, request);
        (await preview.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();

        for (var step = 0; step < 30; step++)
        {
            // When one file changes and the session is told which
            var changed = site.Edit();
            var incremental = await preview.RebuildAsync(ChangeSet.Of(changed));
            var clean = new InMemoryOutputFolder();
            var full = await SiteBuilder.BuildAsync(site.Files, clean, request);

            // Then it serves what a clean build writes
            var context = $"seed {seed}, step {step}, changed {string.Join(", ", changed)}";
            string.Join('\n', incremental.Result.Diagnostics).ShouldBe(string.Join('\n', full.Diagnostics), context);
            if (!full.Succeeded)
            {
                continue;
            }
            string.Join('\n', preview.State.Files.Keys.Order(StringComparer.Ordinal)).ShouldBe(string.Join('\n', clean.Paths), context);
            foreach (var path in clean.Paths)
            {
                System.Text.Encoding.UTF8.GetString(preview.State.Files[path]).ShouldBe(clean.ReadText(path), $"{context}: {path}");
            }
        }
    }

    [Fact]
    public async Task Should_Render_Only_The_Article_And_Pages_Showing_It_When_Its_Body_Changes()
    {
        // Given
        var site = TestSite.FromText(TwoArticles);
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        await builder.BuildAsync();
        var home = builder.Pages["index.html"];

        // When
        site.Files.Add("input/articles/one.md", "---\ntitle: One\ndate: 2026-01-01\nauthor: a\nsummary: S\ntags: [x]\n---\nChanged body\n");
        var result = await builder.BuildAsync();

        // Then: only its page, the site feeds (full content) and the search index and page (its version) change;
        // lists show no body text
        result.Result.Succeeded.ShouldBeTrue();
        result.Written.Where(p => !p.StartsWith("search/", StringComparison.Ordinal)).ShouldBe(["articles/one/index.html", "atom.xml", "feed.json", "feed.xml"]);
        result.Written.ShouldContain("search/index.html");
        builder.Pages["index.html"].ShouldBeSameAs(home, "lists show its card, which did not change");
        System.Text.Encoding.UTF8.GetString(builder.Outputs["articles/one/index.html"]).ShouldContain("Changed body");
    }

    [Fact]
    public async Task Should_Keep_Feeds_And_Search_Documents_When_An_Author_Bio_Changes()
    {
        // Given two articles by one author, built once
        var site = TestSite.FromText(TwoArticles);
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        await builder.BuildAsync();
        var before = builder.Pages;

        // When the author's bio changes (every article of theirs gets a new view, with the new bio in its byline box)
        site.Files.Add("input/authors/a.md", "---\nname: Ann\n---\nA new bio.\n");
        var after = await builder.BuildAsync();

        // Then the author's page and article pages change, but no feed and no search file: they show no bio
        after.Result.Succeeded.ShouldBeTrue();
        after.Written.ShouldBe(["articles/one/index.html", "articles/two/index.html", "authors/a/index.html"], ignoreOrder: true);
        builder.Pages["feed.xml"].ShouldBeSameAs(before["feed.xml"]);
        builder.Pages["search/filters.json"].ShouldBeSameAs(before["search/filters.json"]);
        System.Text.Encoding.UTF8.GetString(builder.Outputs["articles/one/index.html"]).ShouldContain("A new bio.");
    }

    [Fact]
    public async Task Should_Hand_On_Unchanged_Articles_As_The_Same_Documents_With_Their_Warnings()
    {
        // Given two articles, the second with a warning (a misspelt key), built once
        var site = TestSite.FromText(TwoArticles);
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        var first = await builder.BuildAsync();
        var before = builder.Pages;

        // When the other article's body changes
        site.Files.Add("input/articles/one.md", "---\ntitle: One\ndate: 2026-01-01\nauthor: a\nsummary: S\ntags: [x]\n---\nChanged body\n");
        var after = await builder.BuildAsync();

        // Then the unchanged article's page is the very document of the last build, its warning is reported
        // again, and the home page (its cards are unchanged) is kept as it was
        builder.Pages["articles/two/index.html"].ShouldBeSameAs(before["articles/two/index.html"]);
        builder.Pages["index.html"].ShouldBeSameAs(before["index.html"]);
        builder.Pages["articles/one/index.html"].ShouldNotBeSameAs(before["articles/one/index.html"]);
        after.Result.Diagnostics.Select(d => d.ToString()).ShouldBe(first.Result.Diagnostics.Select(d => d.ToString()));
        after.Result.Diagnostics.ShouldContain(d => d.Id == "RN0103" && d.Span.Path == "input/articles/two.md");
    }

    [Fact]
    public async Task Should_Keep_What_Was_Read_From_An_Article_When_A_Setting_Its_Markdown_Does_Not_Use_Changes()
    {
        // Given two articles, built once
        var site = TestSite.FromText(TwoArticles);
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        await builder.BuildAsync();
        var before = builder.Pages["articles/one/index.html"];

        // When the site's title changes: every page shows it, and the Markdown parse reads the settings, so it runs again
        site.Files.Add("statiq.json", """{ "Host": "example.org", "SiteTitle": "Another title" }""");
        var after = await builder.BuildAsync();

        // Then the page comes from the very record and view made last time: the parse made a file equal to the last one
        // (same text, same pipeline, same images), so nothing after it was made anew (the steps that read the settings
        // ran again, made equal values and handed on the last ones)
        after.Result.Succeeded.ShouldBeTrue();
        var page = builder.Pages["articles/one/index.html"];
        page.Get<RareNewsSite.Content.Article>(Keys.Record).ShouldBeSameAs(before.Get<RareNewsSite.Content.Article>(Keys.Record));
        page.Get<RareNewsSite.Site.Views.ArticleView>(Keys.View).ShouldBeSameAs(before.Get<RareNewsSite.Site.Views.ArticleView>(Keys.View));
    }

    [Fact]
    public async Task Should_Show_A_Picture_Added_After_The_Article_That_Shows_It()
    {
        // Given an article showing a picture that is not there yet: the build fails on it
        var site = TestSite.FromText(TwoArticles);
        site.Files.Add("input/articles/one.md", "---\ntitle: One\ndate: 2026-01-01\nauthor: a\nsummary: S\ntags: [x]\n---\n![A scan](/assets/scan.png)\n");
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeFalse();

        // When the picture is added, the article unchanged
        site.Files.Add("input/assets/scan.png", Images.TestPhotos.Png(64, 48));
        var after = await builder.BuildAsync();

        // Then the article is parsed again into a tree pointing at the picture's file (its text alone is the same as before),
        // and its page shows it as the picture it is, with its size
        after.Result.Succeeded.ShouldBeTrue();
        System.Text.Encoding.UTF8.GetString(builder.Outputs["articles/one/index.html"])
            .ShouldContain("<img src=\"/assets/scan.png\" srcset=\"/assets/scan.png 64w\"");
    }

    [Fact]
    public async Task Should_Use_The_Clock_Of_The_Settings_As_A_Plain_Build_Does()
    {
        // Given a site whose settings fix "now" before an article's date, and no clock chosen by the caller
        var site = TestSite.FromText("""
            -- statiq.json --
            { "Clock": "2026-01-01" }
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/articles/later.md --
            ---
            title: Later
            date: 2026-06-01
            author: a
            summary: S
            ---
            Hello
            """);
        var request = new BuildRequest();

        // When the preview's builder and a plain build run
        var builder = new SiteSession(site.Files, request);
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        var plain = new InMemoryOutputFolder();
        (await SiteBuilder.BuildAsync(site.Files, plain, request)).Succeeded.ShouldBeTrue();

        // Then both leave the scheduled article out
        plain.Contains("articles/later/index.html").ShouldBeFalse();
        builder.Outputs.ContainsKey("articles/later/index.html").ShouldBeFalse();
        builder.Outputs.Keys.Order(StringComparer.Ordinal).ShouldBe(plain.Paths);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Publish_A_Scheduled_Article_When_The_Clock_Reaches_Its_Date_Without_An_Edit(bool preview)
    {
        // Given a preview session before the second article's date (with --future it is shown with a banner)
        var site = TestSite.FromText(TwoArticles.Replace("date: 2026-01-02", "date: 2026-12-01", StringComparison.Ordinal));
        var clock = new MovableClock(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var request = new BuildRequest { Options = new BuildOptions { IncludeFuture = preview, Clock = clock } };
        var builder = new SiteSession(site.Files, request);
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        builder.Outputs.ContainsKey("articles/two/index.html").ShouldBe(preview);

        // When the clock passes the date and a build runs with no file changed
        clock.Now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        (await builder.BuildAsync()).Result.Succeeded.ShouldBeTrue();

        // Then the site is a clean build's at that time: the article is published, listed, searchable, without a banner
        var clean = new InMemoryOutputFolder();
        (await SiteBuilder.BuildAsync(site.Files, clean, request)).Succeeded.ShouldBeTrue();
        builder.Outputs.Keys.Order(StringComparer.Ordinal).ShouldBe(clean.Paths);
        foreach (var path in clean.Paths)
        {
            System.Text.Encoding.UTF8.GetString(builder.Outputs[path]).ShouldBe(clean.ReadText(path), path);
        }
        System.Text.Encoding.UTF8.GetString(builder.Outputs["index.html"]).ShouldContain("Two");
    }

    [Fact]
    public async Task Should_Keep_The_Last_Good_Site_When_A_Build_Fails()
    {
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/articles/one.md --
            ---
            title: One
            date: 2026-01-01
            author: a
            summary: S
            ---
            Hello
            """);
        var builder = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        await builder.BuildAsync();
        var good = builder.Outputs;

        site.Files.Add("input/articles/one.md", "---\ntitle: [\n---\nHello\n");
        var failed = await builder.BuildAsync();

        failed.Result.Succeeded.ShouldBeFalse();
        failed.Result.Diagnostics.ShouldContain(d => d.Span.Path == "input/articles/one.md");
        builder.Outputs.ShouldBeSameAs(good);
    }
}
