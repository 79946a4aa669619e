using Shouldly;

namespace RareNewsSite.Tests.Cli;

/// <summary>What a build that reuses anything from the last one must equal: a build into a new folder, without a cache.</summary>
internal static class FreshBuild
{
    /// <summary>Checks that <paramref name="site"/>'s <c>output/</c> holds exactly what a fresh build of it holds.</summary>
    public static async Task ShouldMatch(TempSite site)
    {
        var fresh = "fresh-" + Guid.NewGuid().ToString("N");
        (await CliRun.RunAsync(["build", "-r", site.Root, "--clock", "2026-11-26", "-o", fresh, "--no-cache"])).ExitCode.ShouldBe(0);
        Tree(site.PathOf("output")).ShouldBe(Tree(site.PathOf(fresh)));
        Directory.Delete(site.PathOf(fresh), recursive: true);
    }

    /// <summary>Every folder and file below <paramref name="folder"/>, files with the SHA-256 of their bytes, in order.</summary>
    public static List<string> Tree(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))) : ""))];
}
