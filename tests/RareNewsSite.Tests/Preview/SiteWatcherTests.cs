using RareNewsSite.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("input/articles/a.md", "input/articles/a.md")]
    [InlineData("theme/layouts/article.sbn-html", "theme/layouts/article.sbn-html")]
    [InlineData("statiq.json", "statiq.json")]
    [InlineData("theme", "theme")] // a folder made by `theme eject` in a site that had none
    [InlineData("input/articles/sedU7xk2Q", null)] // sed -i writes here, then renames it over a.md
    [InlineData("input/articles/4913", null)] // vim checks it may write in the folder
    [InlineData("input/articles/.a.md.swp", null)]
    [InlineData("input/articles/a.md~", null)]
    [InlineData("output/index.html", null)]
    [InlineData("input/articles/sedation.md", "input/articles/sedation.md")]
    public void Should_Watch_Site_Files_And_Ignore_Editor_Temporaries(string path, string? expected)
    {
        var root = Path.Combine(Path.GetTempPath(), "site");

        SiteWatcher.Relevant(root, Path.Combine(root, path)).ShouldBe(expected);
    }
}
