using System.Diagnostics;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using RareNewsSite.Tests.IO;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// The real <c>build</c>, killed with SIGKILL at random moments: the output folder must hold one whole build at
/// every one of them, and the next build must clear away what the killed ones left.
/// </summary>
public sealed class CrashSafeOutputTests(ITestOutputHelper log)
{
    private const int Kills = 20;
    private const int Seed = 20261126; // the moments are random but the same on every run

    private const string ExtraArticle = """
        ---
        title: "A second version of the site"
        date: 2026-11-20
        author: jessica-lynn
        summary: "One more article, so this version differs from the other on the home page, lists, feeds and search index."
        diseases: [cystic-fibrosis]
        tags: [research]
        ---

        This article only exists in the second version of the site.
        """;

    [Fact]
    public async Task Should_Keep_One_Whole_Build_In_The_Output_When_Builds_Are_Killed_At_Random_Moments()
    {
        // Given: two versions of the example site building into one output folder, so a mix of the two would show,
        // and each version's output from a clean build
        using var siteA = new ExampleSiteCopy();
        using var siteB = new ExampleSiteCopy();
        siteB.Write("input/articles/crash-test-second-version.md", ExtraArticle);
        using var outputs = new TempFolder();
        var output = outputs.PathOf("public");
        var durationB = await BuildAsync(siteB, output);
        var versionB = Contents(output);
        var duration = Min(durationB, await BuildAsync(siteA, output)); // the first one pays for cold caches
        var versionA = Contents(output);
        versionA.ShouldNotBe(versionB);

        // When: builds of either version, each killed at a moment in its own twentieth of a build's duration
        var random = new Random(Seed);
        var finished = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var moment = duration * ((kill + random.NextDouble()) / Kills);
            var build = CliProcess.StartCli(Arguments(kill % 2 == 0 ? siteB : siteA, output));
            await Task.WhenAny(build.WaitForExitAsync(), Task.Delay(moment)); // a build that ends sooner is not waited for
            build.Kill(); // SIGKILL on Linux: no finally block runs; a build that already ended is left as it is
            var run = await CliProcess.FinishAsync(build);
            finished += run.ExitCode == 0 ? 1 : 0;

            // Then: the output is all of one version, never missing, partial or mixed
            var contents = Contents(output);
            if (!Same(contents, versionA) && !Same(contents, versionB))
            {
                Assert.Fail($"after a kill at {moment.TotalMilliseconds:0} ms the output is not a whole build:\n{Differences(contents, versionA)}");
            }
        }
        log.WriteLine($"build took {duration.TotalMilliseconds:0} ms; {Kills - finished} of {Kills} builds were killed before they ended");

        // Then: a normal build leaves nothing of the killed ones next to the output, only the build it replaced, kept for
        // the next build to write over
        await BuildAsync(siteA, output);
        outputs.Names().ShouldBe(["public", "public.previous"]);
        Same(Contents(output), versionA).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Let_Two_Builds_Into_One_Output_Run_At_Once()
    {
        // Given: both versions' outputs from clean builds
        using var siteA = new ExampleSiteCopy();
        using var siteB = new ExampleSiteCopy();
        siteB.Write("input/articles/crash-test-second-version.md", ExtraArticle);
        using var outputs = new TempFolder();
        var output = outputs.PathOf("public");
        await BuildAsync(siteB, output);
        var versionB = Contents(output);
        await BuildAsync(siteA, output);
        var versionA = Contents(output);

        // When: a second build starts once the first is writing its staging folder (or has ended, on a fast day),
        // so its clean-up meets a staging folder whose build is alive
        var first = CliProcess.StartCli(Arguments(siteB, output));
        var firstStaging = $"{output}.building-{first.Id}";
        while (!Directory.Exists(firstStaging) && !first.HasExited)
        {
            await Task.Delay(10);
        }
        log.WriteLine(first.HasExited ? "the first build ended before the second started" : "the second build started while the first was writing");
        var second = CliProcess.StartCli(Arguments(siteA, output));
        var runs = await Task.WhenAll(CliProcess.FinishAsync(first), CliProcess.FinishAsync(second));

        // Then
        runs.ShouldAllBe(run => run.ExitCode == 0, string.Join('\n', runs.Select(run => run.Error)));
        (Same(Contents(output), versionA) || Same(Contents(output), versionB)).ShouldBeTrue();
        outputs.Names().ShouldBe(["public", "public.previous"]);
    }

    [Fact]
    public async Task Should_Keep_The_Staging_Folder_Of_A_Live_Process_And_Delete_It_Once_That_Process_Is_Gone()
    {
        // Given: a staging folder whose process is alive (a stand-in for a build still writing)
        using var site = new ExampleSiteCopy();
        using var outputs = new TempFolder();
        var output = outputs.PathOf("public");
        using var alive = Process.Start("sleep", "600");
        try
        {
            var staging = $"{output}.building-{alive.Id}";
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "half-written.html"), "<p>");

            // When, Then: a build leaves it alone while the process lives
            await BuildAsync(site, output);
            File.ReadAllText(Path.Combine(staging, "half-written.html")).ShouldBe("<p>");
        }
        finally
        {
            alive.Kill();
            await alive.WaitForExitAsync();
        }

        // When, Then: and deletes it once the process is gone
        await BuildAsync(site, output);
        outputs.Names().ShouldBe(["public", "public.previous"]);
    }

    private static string[] Arguments(ExampleSiteCopy site, string output) => ["build", "-r", site.Root, "-o", output, "--clock", "2026-11-26"];

    private static async Task<TimeSpan> BuildAsync(ExampleSiteCopy site, string output)
    {
        var started = Stopwatch.GetTimestamp();
        var run = await CliProcess.FinishAsync(CliProcess.StartCli(Arguments(site, output)));
        run.ExitCode.ShouldBe(0, run.Error);
        return Stopwatch.GetElapsedTime(started);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static Dictionary<string, byte[]> Contents(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal)
            : [];

    private static bool Same(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected) =>
        actual.Count == expected.Count && expected.All(e => actual.TryGetValue(e.Key, out var bytes) && bytes.AsSpan().SequenceEqual(e.Value));

    private static string Differences(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected) =>
        actual.Count == 0
            ? "the output folder is missing or empty"
            : string.Join('\n', expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
                .Where(path => !actual.TryGetValue(path, out var a) || !expected.TryGetValue(path, out var e) || !a.AsSpan().SequenceEqual(e))
                .Take(20)
                .Select(path => $"{path}: {(actual.ContainsKey(path) ? expected.ContainsKey(path) ? "differs" : "extra" : "missing")}"));
}
