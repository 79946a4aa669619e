using System.Text;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.EndToEnd;

/// <summary>Builds each fixture site and compares the whole output tree, plus diagnostics, with its snapshot.</summary>
public sealed class FixtureSiteTests
{
    [Theory]
    [InlineData("basic", false)]
    [InlineData("basic-drafts", true)]
    [InlineData("broken", false)]
    public async Task Should_Match_Snapshot(string snapshot, bool draftsAndFuture)
    {
        // Given
        var fixture = snapshot.Replace("-drafts", "", StringComparison.Ordinal);
        var files = new PhysicalFileSystem(Path.Combine(RepoPaths.TestProject, "Fixtures", fixture));
        var output = new InMemoryOutputFolder();
        var request = new BuildRequest
        {
            Options = new BuildOptions { Clock = TestClock.Default, IncludeDrafts = draftsAndFuture, IncludeFuture = draftsAndFuture },
        };

        // When
        var result = await SiteBuilder.BuildAsync(files, output, request);

        // Then
        var tree = output.Paths.ToDictionary(p => p, p => Encoding.UTF8.GetString(output.ReadBytes(p)), StringComparer.Ordinal);
        tree["diagnostics.txt"] = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        Snapshot.MatchDirectory(tree, Path.Combine(RepoPaths.TestProject, "Snapshots", snapshot));
    }

    [Fact]
    public async Task Should_Give_Byte_Identical_Output_When_Built_Twice()
    {
        var files = new PhysicalFileSystem(Path.Combine(RepoPaths.TestProject, "Fixtures", "basic"));
        var first = new InMemoryOutputFolder();
        var second = new InMemoryOutputFolder();
        var request = new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } };

        await SiteBuilder.BuildAsync(files, first, request);
        await SiteBuilder.BuildAsync(files, second, request);

        second.Paths.ShouldBe(first.Paths);
        foreach (var path in first.Paths)
        {
            second.ReadBytes(path).ShouldBe(first.ReadBytes(path), path);
        }
    }
}
