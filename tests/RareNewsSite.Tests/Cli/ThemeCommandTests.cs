using RareNewsSite.Themes;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>A site's own theme files over the built-in theme, through <c>init</c>, <c>theme eject</c> and <c>build</c>.</summary>
public sealed class ThemeCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-theme-" + Guid.NewGuid().ToString("N"));

    private string PathOf(string relative) => Path.Combine(_root, relative);

    private async Task InitAsync() => (await CliRun.RunAsync("init", _root)).ExitCode.ShouldBe(0);

    [Fact]
    public async Task Should_Use_An_Ejected_And_Changed_Layout_For_Its_Pages_Only()
    {
        // Given
        await InitAsync();
        var eject = await CliRun.RunAsync("theme", "eject", "-r", _root, "layouts/article.sbn-html", "theme/assets/site.css");
        eject.ExitCode.ShouldBe(0, eject.Error);
        eject.Out.ShouldBe("Copied theme/layouts/article.sbn-html\nCopied theme/assets/site.css\n", StringCompareShould.IgnoreLineEndings);
        File.ReadAllBytes(PathOf("theme/layouts/article.sbn-html")).ShouldBe(BuiltInTheme.Files["theme/layouts/article.sbn-html"]);
        var layout = File.ReadAllText(PathOf("theme/layouts/article.sbn-html"));
        File.WriteAllText(PathOf("theme/layouts/article.sbn-html"), "<p class=\"site-own\">our layout</p>\n" + layout);
        File.AppendAllText(PathOf("theme/assets/site.css"), "\n.site-own { color: #000; }\n");

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then
        build.ExitCode.ShouldBe(0, build.Error);
        File.ReadAllText(PathOf("output/articles/blinatumomab-infant-leukemia/index.html")).ShouldContain("<p class=\"site-own\">our layout</p>");
        File.ReadAllText(PathOf("output/index.html")).ShouldNotContain("site-own");
        var css = Directory.GetFiles(PathOf("output/assets"), "site.*.css").ShouldHaveSingleItem();
        File.ReadAllText(css).ShouldContain(".site-own { color: #000; }");
    }

    [Fact]
    public async Task Should_Name_The_Sites_Own_Template_In_A_Diagnostic()
    {
        // Given: a partial the built-in layouts include, overridden with a mistake
        await InitAsync();
        (await CliRun.RunAsync("theme", "eject", "-r", _root, "partials/footer.sbn-html")).ExitCode.ShouldBe(0);
        File.WriteAllText(PathOf("theme/partials/footer.sbn-html"), "<footer>{{ page.autor.name }}</footer>\n");

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then
        build.ExitCode.ShouldBe(1);
        build.Error.ShouldContain("theme/partials/footer.sbn-html:1:");
        build.Error.ShouldNotContain("[built-in]/theme/partials/footer.sbn-html");
    }

    [Fact]
    public async Task Should_Copy_Every_Built_In_File_But_Keep_The_Sites_Own()
    {
        // Given
        await InitAsync();
        Directory.CreateDirectory(PathOf("theme/partials"));
        File.WriteAllText(PathOf("theme/partials/footer.sbn-html"), "<footer>ours</footer>\n");

        // When
        var run = await CliRun.RunAsync("theme", "eject", "-r", _root);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Kept theme/partials/footer.sbn-html (the site's own)");
        File.ReadAllText(PathOf("theme/partials/footer.sbn-html")).ShouldBe("<footer>ours</footer>\n");
        foreach (var path in BuiltInTheme.Paths.Where(p => p != "theme/partials/footer.sbn-html"))
        {
            File.ReadAllBytes(PathOf(path)).ShouldBe(BuiltInTheme.Files[path], path);
        }
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_File_With_A_Suggestion_And_An_Existing_One()
    {
        await InitAsync();

        var unknown = await CliRun.RunAsync("theme", "eject", "-r", _root, "layouts/artcle.sbn-html");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.Trim().ShouldBe("error: the built-in theme has no file 'theme/layouts/artcle.sbn-html'; did you mean 'theme/layouts/article.sbn-html'?");
        Directory.Exists(PathOf("theme")).ShouldBeFalse();

        (await CliRun.RunAsync("theme", "eject", "-r", _root, "layouts/article.sbn-html")).ExitCode.ShouldBe(0);
        var again = await CliRun.RunAsync("theme", "eject", "-r", _root, "layouts/article.sbn-html");
        again.ExitCode.ShouldBe(1);
        again.Error.Trim().ShouldBe("error: theme/layouts/article.sbn-html already exists in the site; it is the one used, and it was left as it is");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
