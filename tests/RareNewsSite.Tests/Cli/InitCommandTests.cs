using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-init-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Start_A_Site_That_Builds_And_Checks_Without_Warnings_With_The_Built_In_Theme()
    {
        // When
        var init = await CliRun.RunAsync("init", _root, "--title", "Fabry <News> & \"Notes\"");

        // Then
        init.ExitCode.ShouldBe(0, init.Error);
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            .ShouldBe([
                ".gitignore",
                ".vscode/extensions.json",
                ".vscode/schemas/article.schema.json", ".vscode/schemas/author.schema.json", ".vscode/schemas/disease.schema.json",
                ".vscode/schemas/page.schema.json", ".vscode/schemas/reviewer.schema.json", ".vscode/schemas/statiq.schema.json",
                ".vscode/settings.json", ".vscode/tasks.json",
                "README.md",
                "input/articles/blinatumomab-infant-leukemia.md", "input/authors/editor.md",
                "input/diseases/acute-lymphoblastic-leukemia.md", "input/pages/about.md", "input/pages/editorial-policy.md", "statiq.json",
            ]);
        Directory.Exists(Path.Combine(_root, "theme")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(_root, ".gitignore")).ShouldContain("/output/\n");
        File.ReadAllText(Path.Combine(_root, ".gitignore")).ShouldContain("/.rarenews/\n");
        File.ReadAllText(Path.Combine(_root, "README.md")).ShouldStartWith("# Fabry \\<News\\> & \"Notes\"\n");

        var build = await CliRun.RunAsync("build", "-r", _root);
        build.ExitCode.ShouldBe(0, build.Error);
        build.Error.ShouldBeEmpty();
        build.Out.ShouldContain("0 errors, 0 warnings");
        var home = File.ReadAllText(Path.Combine(_root, "output", "index.html"));
        home.ShouldContain("Fabry &lt;News&gt; &amp; &quot;Notes&quot;");
        home.ShouldContain("Blinatumomab helps babies with a rare leukemia");
        File.Exists(Path.Combine(_root, "output", "about", "index.html")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(_root, "output", "diseases", "acute-lymphoblastic-leukemia", "index.html")).ShouldContain("Bone pain");

        var check = await CliRun.RunAsync("check", "-r", _root);
        check.ExitCode.ShouldBe(0, check.Out);
        check.Out.Trim().ShouldEndWith("0 errors, 0 warnings");
    }

    [Fact]
    public async Task Should_Refuse_A_Folder_That_Is_Not_Empty()
    {
        // Given
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");

        // When
        var run = await CliRun.RunAsync("init", _root);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe($"error: '{_root}' is not empty; rarenews init needs a new or empty folder");
        Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).ShouldBe(["notes.txt"]);
    }

    [Fact]
    public async Task Should_Refuse_An_Empty_Title()
    {
        var run = await CliRun.RunAsync("init", _root, "--title", " ");

        run.ExitCode.ShouldBe(2);
        Directory.Exists(_root).ShouldBeFalse();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
