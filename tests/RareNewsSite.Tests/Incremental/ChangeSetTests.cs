using RareNewsSite.Incremental;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

public sealed class ChangeSetTests
{
    [Theory]
    [InlineData("input/articles/a.md", "input/articles/a.md", true)]
    [InlineData("input/articles/a.md", "input/articles/b.md", false)]
    [InlineData("theme/partials/", "theme/partials/header.sbn-html", true)]
    [InlineData("theme/partials/", "theme/partialsx/header.sbn-html", false)]
    [InlineData("input/articles/", "input/authors/a.md", false)]
    [InlineData("@pages=3", "input/articles/a.md", false)]
    public void Should_Match_Files_And_Folders(string dependency, string changed, bool touches) =>
        ChangeSet.Of([changed]).Touches([dependency]).ShouldBe(touches);

    [Fact]
    public void Should_Match_A_Changed_Folder_Against_The_Files_In_It() =>
        ChangeSet.Of(["input/articles/2026/"]).Touches(["input/articles/2026/a.md"]).ShouldBeTrue();

    [Fact]
    public void Should_Touch_Everything_When_Everything_Changed() =>
        ChangeSet.Everything.Union(ChangeSet.Of(["a"])).Touches(["x"]).ShouldBeTrue();
}
