using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using RareNewsSite.Tests.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// A disk that fills up during <c>build</c>, for real: the output lives on a tmpfs sized for about one and a half
/// builds, so the first build fits and the second runs out of space half-way through its staging folder.
/// </summary>
public sealed class DiskFullCliTests
{
    private const int Page = 4096; // tmpfs gives each file whole pages

    // Runs in the private mount namespace: $1 tmpfs size in KiB, $2 site root, $3 dotnet, $4 rarenews.dll, $5 results.
    private const string Script = """
        size=$1 site=$2 dotnet=$3 cli=$4 results=$5
        mount -t tmpfs -o size="$size"k rns-full "$site/out" || exit 90
        build() { "$dotnet" "$cli" build -r "$site" -o out/site --clock 2026-11-26 > "$results/$1.out" 2> "$results/$1.err"; echo $? > "$results/$1.code"; }
        build first
        cp -r "$site/out/site" "$results/before"
        mv "$results/extra.md" "$site/input/articles/2026/extra.md"
        build second
        cp -r "$site/out/site" "$results/after"
        ls -A "$site/out" > "$results/listing"
        """;

    [PrivateMountFact]
    public async Task Should_Exit_1_Naming_The_File_And_Keep_The_Previous_Output_When_The_Disk_Fills_Up()
    {
        // Given: room for one build and a half
        Assert.Null(PrivateMount.MissingMessage);
        using var site = new TempSite("basic");
        using var results = new TempFolder();
        var room = 3 * await SpaceOfOneBuildAsync(site) / 2 / 1024;
        Directory.CreateDirectory(site.PathOf("out"));
        File.WriteAllText(results.PathOf("extra.md"), "---\ntitle: Extra\ndate: 2026-11-20\nauthor: ann-author\nsummary: S\n---\nA new story.\n");

        // When: a build into the empty tmpfs, then another one with one more article
        var run = await CliProcess.FinishAsync(PrivateMount.Start(Script, room.ToString(System.Globalization.CultureInfo.InvariantCulture), site.Root, CliProcess.Dotnet, CliProcess.Dll, results.Root));

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        Read(results, "first.code").ShouldBe("0", Read(results, "first.err"));
        Read(results, "second.code").ShouldBe("1", Read(results, "second.err"));
        var error = Read(results, "second.err");
        error.ShouldMatch(@"^out/site/[a-z0-9/._-]+:1:1: error RN0902: no space left on the device while writing this file; free some space and build again$");
        error.ShouldNotContain("Exception");
        Read(results, "second.out").ShouldContain("1 error, 0 warnings; out/site/ was left as it was");
        Contents(results.PathOf("after")).ShouldBe(Contents(results.PathOf("before")));
        Read(results, "listing").ShouldBe("site"); // the half-written staging folder is gone
    }

    private static async Task<long> SpaceOfOneBuildAsync(TempSite site)
    {
        (await CliRun.RunAsync("build", "-r", site.Root, "-o", "measure", "--clock", "2026-11-26")).ExitCode.ShouldBe(0);
        var pages = Directory.EnumerateFiles(site.PathOf("measure"), "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + Page - 1) / Page);
        Directory.Delete(site.PathOf("measure"), recursive: true);
        return pages * Page;
    }

    private static string Read(TempFolder folder, string name) => File.ReadAllText(folder.PathOf(name)).Trim();

    private static Dictionary<string, string> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
