using System.Reflection;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Docs;

/// <summary>
/// The README is the editor's guide (issue #14): its complete example article builds without a warning in the
/// example site, and its catalogue lists every diagnostic code there is.
/// </summary>
public sealed class ReadmeExampleTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    /// <summary>The fenced block after the README's marker comment.</summary>
    private static string ExampleArticle()
    {
        var readme = Readme.Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = readme.IndexOf("tests/RareNewsSite.Tests/Docs/ReadmeExampleTests.cs -->", StringComparison.Ordinal);
        marker.ShouldBeGreaterThan(0, "the README's example article lost its marker comment");
        var start = readme.IndexOf("```markdown\n", marker, StringComparison.Ordinal) + "```markdown\n".Length;
        return readme[start..readme.IndexOf("\n```\n", start, StringComparison.Ordinal)] + "\n";
    }

    [Fact]
    public async Task Should_Build_The_Example_Article_Without_A_Warning_As_A_Draft_And_Published()
    {
        // Given: the example article, as the README shows it (a draft), in a copy of the example site
        using var site = new ExampleSiteCopy();
        var article = ExampleArticle();
        article.ShouldContain("\ndraft: true\n");
        site.Write("input/articles/readme-example.md", article);

        // When
        var draft = await CliRun.RunAsync("check", "-r", site.Root, "--drafts", "--clock", "2026-11-26");
        site.Write("input/articles/readme-example.md", article.Replace("\ndraft: true\n", "\n", StringComparison.Ordinal));
        var published = await CliRun.RunAsync("check", "-r", site.Root, "--clock", "2026-11-26");
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");

        // Then
        draft.Out.ShouldNotContain("readme-example.md");
        draft.ExitCode.ShouldBe(0, draft.Out);
        published.Out.ShouldNotContain("readme-example.md");
        published.ExitCode.ShouldBe(0, published.Out);
        build.ExitCode.ShouldBe(0, build.Error);
        var page = File.ReadAllText(site.PathOf("output/articles/readme-example/index.html"));
        page.ShouldContain("<li>blinatumomab (Blincyto)</li>");
        page.ShouldContain("<img src=\"/assets/blood-cells.svg\" width=\"320\" height=\"180\" alt=\"Drawing of red blood cells and a few larger white blood cells\" fetchpriority=\"high\">");
        page.ShouldContain("href=\"/articles/blinatumomab-infant-all/#what-the-study-found\"");
        page.ShouldContain("href=\"/diseases/acute-lymphoblastic-leukemia/\"");
        page.ShouldContain("<abbr title=\"acute lymphoblastic leukemia\">ALL</abbr>");
        page.ShouldContain("<aside class=\"callout callout-note\" aria-label=\"Note\">");
        page.ShouldContain("<aside class=\"callout callout-warning\" aria-label=\"Warning\">");
        page.ShouldContain("class=\"symptoms");
        page.ShouldContain("class=\"results");
        page.ShouldContain("class=\"footnotes");
    }

    [Fact]
    public void Should_List_Every_Diagnostic_Code_In_The_Catalogue_With_An_Example()
    {
        var codes = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        codes.Count.ShouldBeGreaterThan(30);

        foreach (var code in codes)
        {
            Regex.IsMatch(Readme, $@"^\| {code} \| (error|warning)[^|]*\| `[^`]*{code}: ", RegexOptions.Multiline).ShouldBeTrue($"{code} has no row with an example in the README's catalogue");
        }
    }
}
