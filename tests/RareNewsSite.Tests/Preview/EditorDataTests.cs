using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed class EditorDataTests
{
    private static string Article(string title, string body) =>
        $"---\ntitle: {title}\ndate: 2026-01-01\nauthor: a\nsummary: S\n---\n{body}\n";

    [Fact]
    public async Task Should_Measure_The_Article_As_It_Is_Now_And_Have_No_Panel_For_A_Deleted_One()
    {
        // Given a preview session over two articles
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            """);
        site.Files.Add("input/articles/one.md", Article("One", "Short text here."));
        site.Files.Add("input/articles/two.md", Article("Two", "Another short text."));
        using var session = new PreviewSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
        await session.Remembered; // the first build let its syntax trees go; the panel is measured from the next
        session.State.EditorFor("articles/one/index.html")!.Words.ShouldBe(3);
        session.State.EditorFor("index.html").ShouldBeNull();

        // When one article gets longer
        site.Files.Add("input/articles/one.md", Article("One", "Short text here, and now some more words."));
        (await session.RebuildAsync(ChangeSet.Of(["input/articles/one.md"]))).Result.Succeeded.ShouldBeTrue();

        // Then its panel counts the new words
        session.State.EditorFor("articles/one/index.html")!.Words.ShouldBe(8);
        session.State.EditorFor("articles/two/index.html")!.Words.ShouldBe(3);

        // And when the other is deleted, it has no panel
        site.Files.Remove("input/articles/two.md");
        (await session.RebuildAsync(ChangeSet.Of(["input/articles/two.md"]))).Result.Succeeded.ShouldBeTrue();
        session.State.EditorFor("articles/two/index.html").ShouldBeNull();
    }
}
