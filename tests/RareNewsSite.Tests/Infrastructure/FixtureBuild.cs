using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;
using Shouldly;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>Builds a fixture site from tests/RareNewsSite.Tests/Fixtures, in memory, at the fixed clock.</summary>
public static class FixtureBuild
{
    public static BuiltSite Basic(bool draftsAndFuture = false, Dictionary<string, string>? settings = null) =>
        Build("basic", draftsAndFuture, settings);

    public static BuiltSite Build(string fixture, bool draftsAndFuture = false, Dictionary<string, string>? settings = null)
    {
        var files = new PhysicalFileSystem(Path.Combine(RepoPaths.TestProject, "Fixtures", fixture));
        var output = new InMemoryOutputFolder();
        var request = new BuildRequest
        {
            Options = new BuildOptions { Clock = TestClock.Default, IncludeDrafts = draftsAndFuture, IncludeFuture = draftsAndFuture },
            SettingOverrides = settings ?? [],
        };
        var result = SiteBuilder.BuildAsync(files, output, request).GetAwaiter().GetResult();
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        return new BuiltSite(result, output);
    }
}
