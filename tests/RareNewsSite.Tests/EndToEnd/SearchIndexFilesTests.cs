using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.EndToEnd;

/// <summary>The basic fixture's build writes the search page and every kind of index file, without drafts or future posts.</summary>
public sealed class SearchIndexFilesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_Write_The_Index_Files(bool draftsAndFuture)
    {
        // Given
        var files = new PhysicalFileSystem(Path.Combine(RepoPaths.TestProject, "Fixtures", "basic"));
        var output = new InMemoryOutputFolder();
        var request = new BuildRequest
        {
            Options = new BuildOptions { Clock = TestClock.Default, IncludeDrafts = draftsAndFuture, IncludeFuture = draftsAndFuture },
        };

        // When
        var result = await SiteBuilder.BuildAsync(files, output, request);

        // Then
        result.Succeeded.ShouldBeTrue();
        var search = output.Paths.Where(p => p.StartsWith("search/", StringComparison.Ordinal)).ToList();
        search.ShouldContain("search/index.html");
        search.ShouldContain("search/meta.json");
        search.ShouldContain("search/filters.json");
        search.ShouldContain(p => p.StartsWith("search/t/", StringComparison.Ordinal));
        search.Count(p => p.StartsWith("search/p/", StringComparison.Ordinal)).ShouldBe(3);
        output.ReadText("search/meta.json").ShouldContain("\"n\":3,");
        foreach (var path in search.Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = output.ReadText(path);
            text.ShouldNotContain("secret", Case.Insensitive, path);
            text.ShouldNotContain("scheduled", Case.Insensitive, path);
        }
    }
}
