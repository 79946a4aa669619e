using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Site;

public sealed class TagPagesTests
{
    [Fact]
    public void Should_List_An_Article_Once_On_A_Tag_It_Names_Twice()
    {
        // Given an article whose front matter repeats a tag
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: A
            ---
            Bio.
            -- input/articles/one.md --
            ---
            title: One
            date: 2026-01-01
            author: a
            summary: S
            tags: [trial, trial, gene therapy]
            ---
            Text.
            """);

        // Then each of its tag pages lists it once
        var output = site.Build(new RareNewsSite.Engine.BuildOptions { Clock = TestClock.Default }).Output;
        output.ReadText("tags/trial/index.html").Split("href=\"/articles/one/\"").Length.ShouldBe(2);
        output.ReadText("tags/gene-therapy/index.html").Split("href=\"/articles/one/\"").Length.ShouldBe(2);
    }
}
