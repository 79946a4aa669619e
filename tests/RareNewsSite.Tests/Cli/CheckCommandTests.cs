using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

public sealed partial class CheckCommandTests
{
    private const string Article = "---\ntitle: T\ndate: 2026-01-01\nauthor: jessica-lynn\nsummary: S\n---\n";

    [Fact]
    public async Task Should_Exit_0_On_The_Example_Site_And_Write_Nothing()
    {
        using var site = new ExampleSiteCopy();
        var before = Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.RunAsync("check", "-r", site.Root);

        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldContain("Checked: 0 errors");
        Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList().ShouldBe(before);
    }

    [Fact]
    public async Task Should_List_One_Error_Of_Each_Kind_One_Per_Line_And_Exit_1()
    {
        // Given: the example site with one mistake of every kind a build or check can find
        using var site = new ExampleSiteCopy();
        site.Write("input/articles/e-yaml.md", "---\ntitle: T\ntitle: U\n---\n");
        site.Write("input/articles/e-missing.md", "---\ntitle: T\ndate: 2026-01-01\nauthor: jessica-lynn\n---\n");
        site.Write("input/articles/e-type.md", Article.Replace("date: 2026-01-01", "date: tomorrow", StringComparison.Ordinal));
        site.Write("input/articles/e-unknown-key.md", Article.Replace("summary: S", "summary: S\nsumary: x", StringComparison.Ordinal));
        site.Write("input/articles/e-author.md", Article.Replace("author: jessica-lynn", "author: jesica-lynn", StringComparison.Ordinal));
        site.Write("input/articles/e-disease.md", Article.Replace("summary: S", "summary: S\ndiseases: [cystic-fibrossis]", StringComparison.Ordinal));
        site.Write("input/articles/e-url.md", Article.Replace("summary: S", "summary: S\nslug: rare-disease-day-2026", StringComparison.Ordinal));
        site.Write("input/articles/e-slug.md", Article.Replace("summary: S", "summary: S\nslug: ../x", StringComparison.Ordinal));
        site.Write("input/articles/e-unclosed.md", "---\ntitle: T\n");
        site.Write("input/articles/e-alt.md", Article.Replace("summary: S", "summary: S\nimage: https://example.org/a.png", StringComparison.Ordinal));
        File.WriteAllBytes(site.PathOf("input/articles/e-binary.md"), [0x00, 0x01, 0x02]);
        site.Write("input/articles/e-bomb.md", "---\ntitle: &t T\nsummary: *t\n---\n");
        site.Write("input/articles/e-link.md", Article + "See [x](nowhere.md).\n");
        site.Write("input/articles/e-anchor.md", Article + "See [x](#nowhere).\n");
        site.Write("input/articles/e-container.md", Article + "::: sidebar\nx\n:::\n");
        site.Write("input/articles/e-results.md", Article + "::: results \"R\"\nno table\n:::\n");
        site.Write("input/articles/e-script.md", Article + "[x](javascript:alert(1))\n");
        site.Write("input/articles/e-html.md", Article + "Some <b>bold</b> text.\n");
        site.Write("input/articles/e-image.md", Article + "![Scan](/assets/missing.png)\n");
        site.Write("input/articles/e-no-alt.md", Article + "![](https://example.org/a.png)\n");
        site.Write("input/articles/e-headings.md", Article + "### Too deep\n");
        site.Write("input/articles/e-grade.md", Article + string.Concat(Enumerable.Repeat(
            "Comprehensive multidisciplinary consultation facilitates individualized therapeutic decision-making regarding immunotherapeutic interventions. ", 8)) + "\n");
        site.Write("theme/layouts/tag.sbn-html", "{{ for t in tags }}");
        site.Write("theme/layouts/page.sbn-html", "<h1>{{ page.title | string.nope }}</h1>");
        // A layout the site deletes is the built-in one again (issue #15): no RN0303 through the command line.
        File.Delete(site.PathOf("theme/layouts/404.sbn-html"));
        site.Write("statiq.json", "{\n  \"SiteTitel\": \"x\"\n}\n");

        // When
        var run = await CliRun.RunAsync("check", "-r", site.Root, "--setting", "PageSize=0");

        // Then
        run.ExitCode.ShouldBe(1);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[^1].ShouldStartWith("Checked: ");
        lines[..^1].ShouldAllBe(line => DiagnosticLine().IsMatch(line));
        var codes = lines[..^1].Select(l => DiagnosticLine().Match(l).Groups["id"].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        codes.ShouldBe([
            "RN0100", "RN0101", "RN0102", "RN0103", "RN0104", "RN0105", "RN0106", "RN0107", "RN0108", "RN0109", "RN0110", "RN0111",
            "RN0201", "RN0202", "RN0203", "RN0204", "RN0205", "RN0206", "RN0207", "RN0208", "RN0209", "RN0210",
            "RN0301", "RN0302", "RN0401", "RN0402",
        ]);
        run.Out.ShouldNotContain("404.sbn-html");
    }

    [Fact]
    public async Task Should_Print_GitHub_Annotations()
    {
        using var site = new ExampleSiteCopy();
        site.Write("input/articles/e-author.md", Article.Replace("author: jessica-lynn", "author: jesica-lynn", StringComparison.Ordinal));
        site.Write("input/articles/e-html.md", Article + "100% <b>bold</b>, really.\n");

        var run = await CliRun.RunAsync("check", "-r", site.Root, "--format", "github");

        run.ExitCode.ShouldBe(1);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "::error file=input/articles/e-author.md,line=4,col=1,title=RN0104::unknown author 'jesica-lynn'; did you mean 'jessica-lynn'?",
            "::warning file=input/articles/e-html.md,line=7,col=6,title=RN0206::raw HTML '<b>' is shown as text; use Markdown instead (or set AllowRawHtml for a trusted site)",
            "Checked: 1 error, 1 warning",
        ]);
    }

    [Fact]
    public async Task Should_Reject_An_Unknown_Format()
    {
        var run = await CliRun.RunAsync("check", "--format", "xml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--format expects text or github, not \"xml\"");
    }

    [GeneratedRegex(@"^[^:\s]+:\d+:\d+: (error|warning) (?<id>RN\d{4}): \S")]
    private static partial Regex DiagnosticLine();
}
