using System.Xml.Linq;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// The path a user takes: <c>dotnet pack</c> the CLI, install the package as a tool from a local folder into a fresh
/// tool path, and use the installed <c>rarenews</c>. Slow (a Release pack of the CLI), so it is one test.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rns-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Pack_Install_And_Run_The_Tool()
    {
        // Given: the sources packed in a copy of the repository, so this pack's Release build and restore never meet
        // the test run's own build of the same projects
        var version = CliVersion();
        var repo = CopyRepository(Path.Combine(_work, "repo"));
        var packages = Path.Combine(_work, "packages");
        var tools = Path.Combine(_work, "tools");

        // When
        await Succeed(CliProcess.Dotnet, "pack", Path.Combine(repo, "src", "RareNewsSite.Cli"), "-o", packages,
            "--nologo", "-nodeReuse:false", "--disable-build-servers");
        await Succeed(CliProcess.Dotnet, "tool", "install", "--tool-path", tools, "--add-source", packages,
            "RareNewsSite.Cli", "--version", version);
        var rarenews = Path.Combine(tools, "rarenews");

        // Then: one portable package, and the installed command knows its version and builds a site
        Directory.GetFiles(packages).Select(Path.GetFileName).ShouldBe([$"RareNewsSite.Cli.{version}.nupkg"]);
        (await Succeed(rarenews, "--version")).Out.Trim().ShouldBe(version);

        using var example = new ExampleSiteCopy();
        var build = await Succeed(rarenews, "build", "--root", example.Root, "-o", "public");
        build.Out.ShouldContain("0 errors, 0 warnings");
        File.ReadAllText(example.PathOf("public/index.html")).ShouldContain("<html lang=\"en\"");
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static async Task<CliRun> Succeed(string program, params string[] args)
    {
        var run = await CliProcess.FinishAsync(CliProcess.Start(program, args));
        run.ExitCode.ShouldBe(0, $"{Path.GetFileName(program)} {string.Join(' ', args)}\n{run.Out}\n{run.Error}");
        return run;
    }

    private static string CliVersion() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "src", "RareNewsSite.Cli", "RareNewsSite.Cli.csproj"))
            .Descendants("Version").Single().Value;

    // What a fresh clone holds for building the CLI: the sources, the theme it carries, and the build settings.
    private static string CopyRepository(string to)
    {
        foreach (var file in (string[])["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"])
        {
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(to, file).EnsureFolder());
        }
        foreach (var folder in (string[])["src", "theme"])
        {
            var from = Path.Combine(RepoPaths.Root, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file);
                if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                {
                    File.Copy(file, Path.Combine(to, relative).EnsureFolder());
                }
            }
        }
        return to;
    }
}
