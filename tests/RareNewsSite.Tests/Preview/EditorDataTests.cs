using RareNewsSite.Engine;
using RareNewsSite.Incremental;
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
    public async Task Should_Measure_Changed_Articles_Again_Keep_The_Others_And_Drop_Deleted_Ones()
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
        var before = session.State.Articles;
        before["articles/one/index.html"].Words.ShouldBe(3);

        // When one article gets longer
        site.Files.Add("input/articles/one.md", Article("One", "Short text here, and now some more words."));
        (await session.RebuildAsync(ChangeSet.Of(["input/articles/one.md"]))).Result.Succeeded.ShouldBeTrue();

        // Then its panel counts the new words and the other's panel is the very same object
        var after = session.State.Articles;
        after["articles/one/index.html"].Words.ShouldBe(8);
        after["articles/two/index.html"].ShouldBeSameAs(before["articles/two/index.html"]);

        // And when the other is deleted, its panel goes
        site.Files.Remove("input/articles/two.md");
        (await session.RebuildAsync(ChangeSet.Of(["input/articles/two.md"]))).Result.Succeeded.ShouldBeTrue();
        session.State.Articles.Keys.ShouldBe(["articles/one/index.html"]);
    }
}
