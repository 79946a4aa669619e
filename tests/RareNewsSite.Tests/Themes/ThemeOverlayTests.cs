using System.Text;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Templates;
using RareNewsSite.Themes;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Themes;

public sealed class ThemeOverlayTests
{
    private static readonly Dictionary<string, byte[]> BuiltIn = new(StringComparer.Ordinal)
    {
        ["theme/layouts/base.sbn-html"] = Encoding.UTF8.GetBytes("built-in base"),
        ["theme/layouts/article.sbn-html"] = Encoding.UTF8.GetBytes("built-in article"),
        ["theme/assets/site.css"] = Encoding.UTF8.GetBytes("body{}"),
    };

    [Fact]
    public void Should_Read_A_Site_File_Over_The_Built_In_One_And_The_Built_In_One_Otherwise()
    {
        // Given
        var site = new InMemoryFileSystem()
            .Add("theme/layouts/article.sbn-html", "site article")
            .Add("theme/partials/extra.sbn-html", "site partial")
            .Add("input/pages/about.md", "about");
        var overlay = new ThemeOverlay(site, BuiltIn);

        // Then
        Encoding.UTF8.GetString(overlay.ReadAllBytes("theme/layouts/article.sbn-html")).ShouldBe("site article");
        Encoding.UTF8.GetString(overlay.ReadAllBytes("theme/layouts/base.sbn-html")).ShouldBe("built-in base");
        overlay.FileExists("theme/assets/site.css").ShouldBeTrue();
        overlay.FileExists("theme/assets/missing.css").ShouldBeFalse();
        overlay.ListFiles("theme/layouts", ".sbn-html").ShouldBe(["theme/layouts/article.sbn-html", "theme/layouts/base.sbn-html"]);
        overlay.ListFiles("theme", "").ShouldBe([
            "theme/assets/site.css", "theme/layouts/article.sbn-html", "theme/layouts/base.sbn-html", "theme/partials/extra.sbn-html",
        ]);
        overlay.ListFiles("input", ".md").ShouldBe(["input/pages/about.md"]);
        overlay.ShownPath("theme/layouts/article.sbn-html").ShouldBe("theme/layouts/article.sbn-html");
        overlay.ShownPath("theme/layouts/base.sbn-html").ShouldBe("[built-in]/theme/layouts/base.sbn-html");
    }

    [Fact]
    public void Should_Name_The_File_That_Was_Used_In_Template_Diagnostics()
    {
        // Given: a broken built-in layout under a broken site partial
        var builtIn = new Dictionary<string, byte[]>(BuiltIn)
        {
            ["theme/layouts/home.sbn-html"] = Encoding.UTF8.GetBytes("{{ if }}"),
        };
        var site = new InMemoryFileSystem().Add("theme/partials/footer.sbn-html", "ok\n{{ for }}");
        var diagnostics = new DiagnosticBag();

        // When
        TemplateRenderer.Load(new ThemeOverlay(site, builtIn), diagnostics);

        // Then
        var lines = diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
        lines.ShouldContain(l => l.StartsWith("[built-in]/theme/layouts/home.sbn-html:1:", StringComparison.Ordinal) && l.Contains("error RN0301"));
        lines.ShouldContain(l => l.StartsWith("theme/partials/footer.sbn-html:2:", StringComparison.Ordinal) && l.Contains("error RN0301"));
    }

    [Fact]
    public void Should_Not_Read_A_Site_Link_That_Leads_Out_Of_The_Site_In_Place_Of_A_Built_In_File()
    {
        // Given: the site's base layout is a symbolic link to a file outside the site
        var root = Path.Combine(Path.GetTempPath(), "rns-overlay-" + Guid.NewGuid().ToString("N"));
        var outside = root + "-secret.txt";
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "theme", "layouts"));
            File.WriteAllText(outside, "secret");
            File.CreateSymbolicLink(Path.Combine(root, "theme", "layouts", "base.sbn-html"), outside);
            var overlay = new ThemeOverlay(new PhysicalFileSystem(root), BuiltIn);

            // Then: the built-in file is read, and named
            Encoding.UTF8.GetString(overlay.ReadAllBytes("theme/layouts/base.sbn-html")).ShouldBe("built-in base");
            overlay.ShownPath("theme/layouts/base.sbn-html").ShouldBe("[built-in]/theme/layouts/base.sbn-html");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            File.Delete(outside);
        }
    }

    [Fact]
    public void Should_Carry_The_Repository_Theme()
    {
        var repoTheme = Directory.EnumerateFiles(Path.Combine(Infrastructure.RepoPaths.Root, "theme"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Infrastructure.RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        BuiltInTheme.Paths.ShouldBe(repoTheme);
        BuiltInTheme.Files["theme/layouts/base.sbn-html"].ShouldBe(File.ReadAllBytes(Path.Combine(Infrastructure.RepoPaths.Root, "theme", "layouts", "base.sbn-html")));
    }
}
