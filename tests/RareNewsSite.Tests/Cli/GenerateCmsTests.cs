using Shouldly;
using Xunit;
using YamlDotNet.Serialization;

namespace RareNewsSite.Tests.Cli;

/// <summary>Issue #15: <c>rarenews build</c> writes the Decap CMS editor when <c>GenerateCms</c> is on, and only then.</summary>
public sealed class GenerateCmsTests
{
    [Fact]
    public async Task Should_Write_The_Admin_Page_And_Configuration_When_Asked()
    {
        // Given
        using var site = new TempSite("basic");

        // When
        var run = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26",
            "--setting", "GenerateCms=true", "--setting", "CmsRepository=example-org/rare-news");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("1 cms");
        File.ReadAllText(site.PathOf("output/admin/index.html")).ShouldContain("decap-cms.js");
        var config = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(site.PathOf("output/admin/config.yml")));
        ((List<object>)config["collections"]).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Should_Write_Nothing_Under_Admin_By_Default()
    {
        using var site = new TempSite("basic");

        var run = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");

        run.ExitCode.ShouldBe(0, run.Error);
        Directory.Exists(site.PathOf("output/admin")).ShouldBeFalse();
    }
}
