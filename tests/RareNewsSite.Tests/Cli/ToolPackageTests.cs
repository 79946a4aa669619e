using System.Runtime.InteropServices;
using System.Xml.Linq;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// The path a user takes: <c>dotnet pack</c> the CLI, install the package as a tool from a local folder into a fresh
/// tool path, and use the installed <c>rarenews</c>: build a site, start a new one, build and check it, and override one
/// template. Slow (a Release pack of the CLI), so it is one test.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rns-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Pack_Install_And_Start_A_Site_With_The_Tool()
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

        // Then: the package that names the others, this machine's native program, and the assemblies for any other
        Directory.GetFiles(packages).Select(Path.GetFileName).Order().ShouldBe(
            [$"RareNewsSite.Cli.{version}.nupkg", $"RareNewsSite.Cli.any.{version}.nupkg", $"RareNewsSite.Cli.{RuntimeInformation.RuntimeIdentifier}.{version}.nupkg"]);
        (await Succeed(rarenews, "--version")).Out.Trim().ShouldBe(version);

        // And: what is installed here is the native program, with the library it loads for share cards beside it and
        // without debugging symbols; the assemblies' package carries the runtime settings of a Release build
        var installed = new FileInfo(rarenews).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rarenews;
        IsNativeProgram(installed).ShouldBeTrue(installed);
        var folder = Path.GetDirectoryName(installed)!;
        File.Exists(Path.Combine(folder, "rarenews.dll")).ShouldBeFalse();
        File.Exists(Path.Combine(folder, "libSkiaSharp.so")).ShouldBeTrue();
        Directory.GetFiles(folder, "*.dbg").ShouldBeEmpty();
        RuntimeConfigOf(Path.Combine(packages, $"RareNewsSite.Cli.any.{version}.nupkg")).ShouldContain("\"System.Runtime.TieredPGO\": false");

        using var example = new ExampleSiteCopy();
        var build = await Succeed(rarenews, "build", "--root", example.Root, "-o", "public", "--clock", "2026-12-01");
        build.Out.ShouldContain("0 errors, 0 warnings");
        File.ReadAllText(example.PathOf("public/index.html")).ShouldContain("<html lang=\"en\"");

        // And: the native program's incremental builds (values read back from the cache, share cards drawn) write what
        // a clean build writes, after an edit
        await Succeed(rarenews, "build", "--root", example.Root, "-o", "incremental", "--incremental", "--clock", "2026-12-01");
        var edited = Directory.GetFiles(example.PathOf("input/articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "\nA paragraph added after the first build.\n");
        (await Succeed(rarenews, "build", "--root", example.Root, "-o", "incremental", "--incremental", "--clock", "2026-12-01"))
            .Out.ShouldContain("of them taken from the last build");
        await Succeed(rarenews, "build", "--root", example.Root, "-o", "clean", "--no-cache", "--clock", "2026-12-01");
        Differences(example.PathOf("clean"), example.PathOf("incremental")).ShouldBeEmpty();

        // And: the native program writes what the assemblies write on the runtime (this test's own CLI): templates read
        // through reflection there and through compiled getters here, cached values through converters named in code
        var managed = await CliProcess.RunCliAsync("build", "--root", example.Root, "-o", "managed", "--no-cache", "--clock", "2026-12-01");
        managed.ExitCode.ShouldBe(0, managed.Out + managed.Error);
        Differences(example.PathOf("clean"), example.PathOf("managed")).ShouldBeEmpty();

        // And: bad input gets the same diagnostics from the native program, every one in one run, and no stack trace
        File.AppendAllText(Path.Combine(example.Root, "input", "articles", "zz-broken.md"), "---\ntitle: Broken\ndate: someday\n---\nText.\n");
        var broken = await CliProcess.FinishAsync(CliProcess.Start(rarenews, "build", "--root", example.Root, "-o", "clean", "--no-cache", "--clock", "2026-12-01"));
        broken.ExitCode.ShouldBe(1, broken.Out + broken.Error);
        (broken.Out + broken.Error).ShouldMatch(@"input/articles/zz-broken\.md:\d+:\d+: error RN\d{4}: ");
        (broken.Out + broken.Error).ShouldNotContain("   at ");
        Differences(example.PathOf("managed"), example.PathOf("clean")).ShouldBeEmpty();
        File.Delete(Path.Combine(example.Root, "input", "articles", "zz-broken.md"));

        // And: its preview serves the site
        await PreviewServesHomePage(rarenews, example.Root);

        // Then: a new site started with the installed tool builds and checks clean with the theme inside the tool, and
        // one template of its own replaces the built-in one (what CI does, the way a new user would)
        var site = Path.Combine(_work, "my-site");
        await Succeed(rarenews, "init", site, "--title", "Our Rare News");
        Directory.Exists(Path.Combine(site, "theme")).ShouldBeFalse();
        (await Succeed(rarenews, "build", "--root", site)).Out.ShouldContain("0 errors, 0 warnings");
        (await Succeed(rarenews, "check", "--root", site)).Out.ShouldContain("0 errors, 0 warnings");
        var article = Path.Combine(site, "output", "articles", "blinatumomab-infant-leukemia", "index.html");
        File.ReadAllText(article).ShouldNotContain("site-own");

        await Succeed(rarenews, "theme", "eject", "--root", site, "theme/layouts/article.sbn-html");
        var layout = Path.Combine(site, "theme", "layouts", "article.sbn-html");
        File.WriteAllText(layout, "<p class=\"site-own\">Our own article layout</p>\n" + File.ReadAllText(layout));
        (await Succeed(rarenews, "build", "--root", site)).Out.ShouldContain("0 errors, 0 warnings");
        File.ReadAllText(article).ShouldContain("<p class=\"site-own\">Our own article layout</p>");
        File.ReadAllText(Path.Combine(site, "output", "index.html")).ShouldContain("Our Rare News");

        // And: as a local tool of a site's own manifest (`dotnet new tool-manifest` writes this file)
        File.WriteAllText(Path.Combine(site, ".config", "dotnet-tools.json").EnsureFolder(), """{ "version": 1, "isRoot": true, "tools": {} }""");
        await SucceedIn(site, CliProcess.Dotnet, "tool", "install", "--add-source", packages, "RareNewsSite.Cli", "--version", version);
        File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json")).ShouldContain("\"rarenews\"");
        (await SucceedIn(site, CliProcess.Dotnet, "rarenews", "--version")).Out.Trim().ShouldBe(version);
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

    // Runs in a folder, with the dotnet CLI's home and NuGet's packages folder of this test's own: a local tool is
    // installed into the packages folder and found again through a cache in the CLI's home (~/.dotnet/toolResolverCache),
    // where an earlier install of the same version, from a folder since deleted, would otherwise stand in for this one.
    private async Task<CliRun> SucceedIn(string folder, string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-packages");
        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(_work, "dotnet-home");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var run = await CliProcess.FinishAsync(System.Diagnostics.Process.Start(start)!);
        run.ExitCode.ShouldBe(0, $"{Path.GetFileName(program)} {string.Join(' ', args)}\n{run.Out}\n{run.Error}");
        return run;
    }

    // A program of this machine starts with the ELF magic number; the launcher of assemblies would need a rarenews.dll.
    private static bool IsNativeProgram(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        file.ReadExactly(magic);
        return magic.SequenceEqual("\u007fELF"u8) && file.Length > 10_000_000;
    }

    // The files that one folder holds and the other does not hold with the same bytes.
    private static List<string> Differences(string a, string b)
    {
        var files = (string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f));
        return files(a).Union(files(b)).Where(f =>
            !File.Exists(Path.Combine(a, f)) || !File.Exists(Path.Combine(b, f))
            || !File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f)))).ToList();
    }

    private static string RuntimeConfigOf(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.Entries.Single(e => e.Name == "rarenews.runtimeconfig.json").Open());
        return reader.ReadToEnd();
    }

    private static Task PreviewServesHomePage(string rarenews, string root) =>
        PreviewProcess.RunAsync(port => CliProcess.Start(rarenews, "preview", "--root", root, "--port", port, "--no-watch"), async client =>
        {
            string? page = null;
            await PreviewProcess.UntilAsync(async () => (page = await PreviewProcess.TryGetAsync(client, "/")) is not null, "the home page");
            page!.ShouldContain("<html lang=\"en\"");
        });

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
