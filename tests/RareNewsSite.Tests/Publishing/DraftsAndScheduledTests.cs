using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

/// <summary>Drafts and future-dated articles appear nowhere — pages, lists, feeds, sitemap, JSON-LD — unless asked for.</summary>
public sealed class DraftsAndScheduledTests
{
    /// <summary>One article, scheduled for 1 January 2027 at 07:00 UTC.</summary>
    private const string ScheduledSite = """
        -- input/authors/a.md --
        ---
        name: A
        ---
        Bio.
        -- input/articles/later.md --
        ---
        title: Later
        date: 2027-01-01T08:00:00+01:00
        author: a
        summary: S
        ---
        Text.
        """;

    private static readonly string[] Hidden = ["Secret draft story", "draft-story", "Scheduled future story", "future-story"];

    [Fact]
    public void Should_Leave_Drafts_And_Future_Posts_Out_Of_Every_File()
    {
        var site = FixtureBuild.Basic();

        foreach (var path in site.Output.Paths)
        {
            var text = site.Output.ReadText(path);
            foreach (var hidden in Hidden)
            {
                text.ShouldNotContain(hidden, customMessage: $"{path} mentions '{hidden}'");
            }
        }
    }

    [Fact]
    public void Should_Include_Them_With_Drafts_And_Future()
    {
        var site = FixtureBuild.Basic(draftsAndFuture: true);

        site.File("articles/draft-story/index.html").ShouldContain("Secret draft story");
        site.File("articles/future-story/index.html").ShouldContain("Scheduled future story");
        site.File("feed.xml").ShouldContain("Scheduled future story");
        site.File("sitemap.xml").ShouldContain("/news/articles/draft-story/");
    }

    [Fact]
    public void Should_Publish_A_Scheduled_Post_Once_The_Clock_Passes_Its_Date()
    {
        var site = TestSite.FromText(ScheduledSite);

        site.Build(new RareNewsSite.Engine.BuildOptions { Clock = new RareNewsSite.Engine.FixedClock(new DateTimeOffset(2027, 1, 1, 6, 59, 0, TimeSpan.Zero)) })
            .Output.Contains("articles/later/index.html").ShouldBeFalse();
        site.Build(new RareNewsSite.Engine.BuildOptions { Clock = new RareNewsSite.Engine.FixedClock(new DateTimeOffset(2027, 1, 1, 7, 0, 0, TimeSpan.Zero)) })
            .Output.Contains("articles/later/index.html").ShouldBeTrue();
    }

    [Fact]
    public void Should_Take_Now_From_The_Clock_Setting()
    {
        var site = TestSite.FromText("""
            -- statiq.json --
            { "Host": "example.org", "Clock": "2027-02-01" }
            -- input/authors/a.md --
            ---
            name: A
            ---
            Bio.
            -- input/articles/later.md --
            ---
            title: Later
            date: 2027-01-01
            author: a
            summary: S
            ---
            Text.
            """);

        site.Build(new RareNewsSite.Engine.BuildOptions()).Output.Contains("articles/later/index.html").ShouldBeTrue();
    }

    [Fact]
    public void Should_Mark_A_Scheduled_Post_With_A_Banner_When_It_Is_Shown_Early()
    {
        // Given the real theme and an article dated after the clock
        var site = TestSite.FromText(ScheduledSite).WithRepoTheme();
        var early = new RareNewsSite.Engine.BuildOptions { IncludeFuture = true, Clock = new RareNewsSite.Engine.FixedClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)) };
        var due = early with { Clock = new RareNewsSite.Engine.FixedClock(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)) };

        // Then its page and its card say it is scheduled until the date has come
        var before = site.Build(early).Output;
        before.ReadText("articles/later/index.html").ShouldContain("<strong>Scheduled</strong>: this article is published on 1 January 2027.");
        before.ReadText("index.html").ShouldContain("<strong>Scheduled</strong>");
        var after = site.Build(due).Output;
        after.ReadText("articles/later/index.html").ShouldNotContain("Scheduled");
        after.ReadText("index.html").ShouldNotContain("Scheduled");
    }
}
